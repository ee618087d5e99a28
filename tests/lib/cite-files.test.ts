/** The citation writers against the rules of their formats, on the real sources and on a nasty one. */
import { describe, expect, it } from 'vitest';
import { sources } from '../../src/data/select.ts';
import type { Source } from '../../src/data/types.ts';
import { bibtexKey, escapeBibtex, toBibtex } from '../../src/lib/cite/bibtex.ts';
import { cslItem, toCslJson } from '../../src/lib/cite/csl.ts';
import { risDate, toRis } from '../../src/lib/cite/ris.ts';

const nasty: Source = {
  source_id: 'odd source',
  kind: 'report',
  title: 'Costs & {budgets}: 50% of $10 for #1_a ~ b^2 \\ c',
  publisher: 'Office_of {Things}',
  published: '2022-11',
  language: 'nl',
  url: 'https://example.org/a_b?x=1&y=2',
  quotes: null,
  quotes_consulted: null,
  quotes_locator: null,
  note: 'Line one\nline two',
};

/** Braces balance, ignoring escaped ones. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const m of text.replace(/\\[{}]/g, '').matchAll(/[{}]/g)) {
    depth += m[0] === '{' ? 1 : -1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('BibTeX', () => {
  it('escapes every special character and keeps braces balanced', () => {
    expect(escapeBibtex('a & b % c $ d # e _ f { g } h ~ i ^ j \\ k')).toBe(
      'a \\& b \\% c \\$ d \\# e \\_ f \\{ g \\} h \\textasciitilde{} i \\textasciicircum{} j \\textbackslash{} k',
    );
    const entry = toBibtex(nasty);
    expect(balanced(entry)).toBe(true);
    expect(entry).toContain('title = {{Costs \\& \\{budgets\\}: 50\\% of \\$10 for \\#1\\_a');
    // The url field is verbatim (url and biblatex read it so); everywhere else & is escaped.
    expect(entry.replace(/ {2}url = .*\n/, '')).not.toMatch(/[^\\]&/);
    expect(entry).toContain('url = {https://example.org/a_b?x=1&y=2}');
  });

  it('writes one well-formed entry per source, with a key BibTeX accepts', () => {
    expect(bibtexKey('odd source')).toBe('odd-source');
    for (const s of sources) {
      const entry = toBibtex(s);
      expect(entry, s.source_id).toMatch(new RegExp(`^@(techreport|misc)\\{${s.source_id},\\n(  [a-z]+ = .+,\\n)*  [a-z]+ = .+\\n\\}\\n$`));
      expect(balanced(entry)).toBe(true);
    }
    const coi = toBibtex(sources.find((s) => s.source_id === 'cgrs-coi-niger-2025')!);
    expect(coi).toMatch(/^@techreport\{/);
    expect(coi).toContain('year = {2025}');
    expect(coi).toContain('month = jul,');
    expect(coi).toContain('institution = {');
  });
});

describe('RIS', () => {
  it('has TY first, ER last, one tagged line per field and CRLF line ends', () => {
    for (const s of [...sources, nasty]) {
      const ris = toRis(s);
      expect(ris.endsWith('\r\n')).toBe(true);
      const lines = ris.slice(0, -2).split('\r\n');
      expect(lines[0]).toMatch(/^TY {2}- (RPRT|GOVDOC|ELEC|NEWS)$/);
      expect(lines.at(-1)).toBe('ER  - ');
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- [^\r\n]*$/);
      expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    }
    expect(toRis(nasty)).toContain('N1  - Line one line two\r\n');
  });

  it('writes dates as YYYY/MM/DD/ with missing parts empty', () => {
    expect(risDate([2025, 7, 11])).toBe('2025/07/11/');
    expect(risDate([2022, 11])).toBe('2022/11//');
  });
});

describe('CSL-JSON', () => {
  it('is an array of items with the required id and type, and dates as date-parts', () => {
    for (const s of sources) {
      const items = JSON.parse(toCslJson(s)) as Record<string, unknown>[];
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ id: s.source_id, title: s.title });
      expect(['report', 'document', 'webpage', 'article-newspaper']).toContain(items[0]!.type);
    }
    expect(cslItem(nasty).issued).toEqual({ 'date-parts': [[2022, 11]] });
    expect(cslItem({ ...nasty, published: null })).not.toHaveProperty('issued');
  });
});
