/**
 * A story correction's `now` says what the site says now: each "…"-separated piece of it
 * appears, word for word, on the story of its language, or on the region page it names
 * ("(region page Dosso) …", "(regiopagina Dosso) …"). A row that records a removal
 * ("Removed from the story: …", "Geschrapt uit het verhaal: …") quotes nothing; what its
 * `was` quotes must then be gone from the story.
 */
import { describe, expect, it } from 'vitest';
import { csvRows } from '../helpers/csv-rows.ts';
import { readDist } from '../helpers/dist.ts';
import { normaliseText, pageText } from '../helpers/page-text.ts';

type Lang = 'nl' | 'en';
const ROOT: Record<Lang, string> = { nl: '/', en: '/en/' };
const REMOVED = /^(Removed from the story|Geschrapt uit het verhaal):/;
const REGION_PAGE = /^\((?:region page|regiopagina) ([^)]+)\)\s*/;

const slug = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');

const texts = new Map<string, string>();
function textOf(path: string): string {
  if (!texts.has(path)) texts.set(path, pageText(readDist(path)));
  return texts.get(path)!;
}

const split = (body: string) => body.split(/…| \/ /).map((p) => normaliseText(p.replace(/^[\s,;]+|[\s,;]+$/g, ''))).filter((p) => p.length > 0);

/** The page a `now` text is on and the pieces it quotes, or null for a recorded removal. */
function quotedPieces(now: string): { lang: Lang; page: string; pieces: string[] } | null {
  const prefix = /^\[(en|nl)\]\s*/.exec(now);
  if (!prefix) throw new Error(`no [en]/[nl] prefix: ${now}`);
  const lang = prefix[1] as Lang;
  let body = now.slice(prefix[0].length);
  if (REMOVED.test(body)) return null;
  let page = `${ROOT[lang]}index.html`;
  const region = REGION_PAGE.exec(body);
  if (region) {
    page = `${ROOT[lang]}regions/${slug(region[1]!)}/index.html`;
    body = body.slice(region[0].length);
  }
  return { lang, page, pieces: split(body) };
}

describe('the story corrections in data/corrections.csv', () => {
  const story = csvRows('corrections.csv').filter((r) => r.dataset === 'story');

  it('quote what the story, or the region page they name, says now', () => {
    expect(story.length).toBeGreaterThan(0);
    const stale: string[] = [];
    for (const row of story) {
      const quoted = quotedPieces(row.now!);
      if (!quoted) continue;
      const text = textOf(quoted.page);
      for (const piece of quoted.pieces) if (!text.includes(piece)) stale.push(`${row.key} ${quoted.page}: “${piece}”`);
    }
    expect(stale).toEqual([]);
  });

  it('that record a removal quote, in `was`, nothing the story still says', () => {
    const removals = story.filter((r) => REMOVED.test(r.now!.replace(/^\[(en|nl)\]\s*/, '')));
    expect(removals.length).toBeGreaterThan(0);
    const left: string[] = [];
    for (const row of removals) {
      const lang = /^\[(en|nl)\]/.exec(row.was!)?.[1] as Lang | undefined;
      if (!lang) throw new Error(`no [en]/[nl] prefix: ${row.was}`);
      const text = textOf(`${ROOT[lang]}index.html`);
      for (const piece of split(row.was!.slice(4))) if (text.includes(piece)) left.push(`${row.key}: “${piece}”`);
    }
    expect(left).toEqual([]);
  });

  it('reads a stale row as stale', () => {
    const quoted = quotedPieces('[en] (region page Tillabéri) between Makaldoni and Banteri')!;
    expect(quoted.page).toBe('/en/regions/tillaberi/index.html');
    expect(textOf(quoted.page)).not.toContain(quoted.pieces[0]);
    expect(textOf(quoted.page)).toContain('between Makalondi and Banteri');
  });
});
