/**
 * Every number in the curated data appears in its source document: as digits (6853),
 * Dutch-formatted (6.853, 37,3), English-formatted (6,853; the report has an English
 * summary), as "N miljoen" (4,3 miljoen) or as a Dutch number word (twaalf, honderd).
 * The source texts are in sources/ (SEEDS_DIR to point elsewhere), each matched to its
 * source_id by a phrase of its own text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { copyData, DATA_DIR, editField } from '../helpers/fixture-data.ts';

const SEEDS_DIR = process.env.SEEDS_DIR ?? resolve(import.meta.dirname, '../../sources');

/** Which seed holds which source: a phrase each document has in its own text. */
const SEED_MARKS: Record<string, string> = {
  'be-defence-new-nero': 'Onze missie in',
  'nl-kamerbrief-sahel-2022': '29 521, nr. 456',
  'nl-missies-overzicht': 'Nederlandse bijdrage aan missies en operaties',
  'news-us-withdrawal-2024': 'De Verenigde Staten trekken hun troepen terug uit Niger',
  'cgrs-coi-niger-2025': 'COI Focus',
};

/** The numeric columns of each dataset, and text columns whose digits are numbers from the source. */
const NUMERIC: Record<string, { columns: string[]; texts?: string[] }> = {
  'acled-niger.csv': { columns: ['incidents', 'fatalities'] },
  'displacement.csv': { columns: ['count', 'share_pct'] },
  'humanitarian.csv': { columns: ['value'] },
  'deployments.csv': { columns: ['value'] },
  'regions.csv': { columns: ['population'] },
  'incidents.csv': { columns: ['deaths_min', 'deaths_max'] },
  // The titles' figures are registry figures from the datasets above (src/figures/timeline.ts).
  'timeline.csv': { columns: [] },
};

const WORDS: Record<number, string[]> = {
  0: ['geen', 'nul'], 1: ['een', 'één', 'eén'], 2: ['twee'], 3: ['drie'], 4: ['vier'], 5: ['vijf'], 6: ['zes'], 7: ['zeven'], 8: ['acht'], 9: ['negen'],
  10: ['tien'], 11: ['elf'], 12: ['twaalf'], 13: ['dertien'], 14: ['veertien'], 15: ['vijftien'], 16: ['zestien'], 17: ['zeventien'], 18: ['achttien'],
  19: ['negentien'], 20: ['twintig'], 30: ['dertig'], 40: ['veertig'], 50: ['vijftig'], 60: ['zestig'], 70: ['zeventig'], 80: ['tachtig'], 90: ['negentig'],
  100: ['honderd'], 1000: ['duizend'],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const grouped = (n: string, sep: string) => n.replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** The ways a source may write a number. */
function spellings(value: number): string[] {
  const [whole = '', fraction] = String(value).split('.');
  const forms = new Set<string>();
  for (const [thousands, decimal] of [['', ','], ['.', ','], [',', '.'], [' ', ',']] as const) {
    forms.add(grouped(whole, thousands) + (fraction ? decimal + fraction : ''));
  }
  if (value >= 100_000 && value % 100_000 === 0) {
    const millions = String(value / 1_000_000).replace('.', ',');
    forms.add(`${millions} miljoen`);
  }
  for (const word of WORDS[value] ?? []) forms.add(word);
  return [...forms];
}

/** Whether the text has the number as a whole token, not as part of a longer number or word. */
function mentions(text: string, value: number): boolean {
  return spellings(value).some((form) => {
    const wordy = /^[a-zé]/.test(form);
    const pattern = wordy ? `(?<![\\p{L}])${escape(form)}(?![\\p{L}])` : `(?<![\\d.,])${escape(form)}(?![\\d]|[.,]\\d)`;
    return new RegExp(pattern, 'iu').test(text);
  });
}

function seeds(): Map<string, string> {
  if (!existsSync(SEEDS_DIR)) throw new Error(`No source texts at ${SEEDS_DIR}: the project keeps them in sources/ (or set SEEDS_DIR)`);
  const texts = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8').replace(/\s+/g, ' '));
  const bySource = new Map<string, string>();
  for (const [id, mark] of Object.entries(SEED_MARKS)) {
    const found = texts.filter((t) => t.includes(mark));
    if (found.length !== 1) throw new Error(`${found.length} seeds contain "${mark}", the mark of ${id}`);
    bySource.set(id, found[0]!);
  }
  return bySource;
}

function rows(dir: string, file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join(dir, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** The numbers of the data in `dir` that their source does not have, and how many were checked. */
function unsourced(dir: string): { missing: string[]; checked: number } {
  const texts = seeds();
  const missing: string[] = [];
  let checked = 0;
  for (const [file, { columns, texts: textColumns = [] }] of Object.entries(NUMERIC)) {
    rows(dir, file).forEach((row, i) => {
      const source = texts.get(row.source_id ?? '');
      if (!source) {
        missing.push(`data/${file}:${i + 2} source_id ${row.source_id}: no seed`);
        return;
      }
      const numbers = [
        ...columns.filter((c) => (row[c] ?? '') !== '').map((c) => ({ column: c, value: Number(row[c]) })),
        ...textColumns.flatMap((c) => [...(row[c] ?? '').matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => ({ column: c, value: Number(m[0].replace(/\.(?=\d{3}\b)/g, '').replace(',', '.')) }))),
      ];
      for (const { column, value } of numbers) {
        checked++;
        if (!mentions(source, value)) missing.push(`data/${file}:${i + 2} column ${column}: ${value} is not in ${row.source_id}`);
      }
    });
  }
  return { missing, checked };
}

describe('spellings(n) and mentions(text, n)', () => {
  it('find a number however the source writes it, and only as a whole number', () => {
    expect(mentions('ongeveer 6.853 IDP’s', 6853)).toBe(true);
    expect(mentions('counted 507,438 internally displaced', 507438)).toBe(true);
    expect(mentions('(37,5 %)', 37.5)).toBe(true);
    expect(mentions('ongeveer 26 miljoen Nigerezen', 26_000_000)).toBe(true);
    expect(mentions('4,3 miljoen mensen', 4_300_000)).toBe(true);
    expect(mentions('twaalf dodelijke slachtoffers', 12)).toBe(true);
    expect(mentions('in 2024 vielen 1.246 doden', 246)).toBe(false);
    expect(mentions('vijftien gewapende gevechten', 5)).toBe(false);
    expect(mentions('37,3 %', 37.5)).toBe(false);
  });
});

describe('every number in data/*.csv', () => {
  it('appears in the source its row names', () => {
    const { missing, checked } = unsourced(DATA_DIR);
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });

  it('a number the source does not have fails, with file, line and column', () => {
    const dir = copyData();
    const line = editField(dir, 'displacement.csv', (f) => f[1] === 'NE-8', 'count', '6854');
    expect(unsourced(dir).missing).toEqual([`data/displacement.csv:${line} column count: 6854 is not in cgrs-coi-niger-2025`]);
  });
});
