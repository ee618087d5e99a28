/** The page-weight budgets of npm run bench, checked on dist/ without the bench's build and Lighthouse runs. */
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/lib/budgets.ts';
import { weigh } from '../../scripts/lib/page-weight.ts';
import { CHARTS } from '../../src/charts/catalog.ts';
import { DIST_DIR } from '../helpers/dist.ts';
import { LANGS, langPrefix } from '../../src/i18n/lang.ts';

describe('page weight (gzip)', () => {
  it.each(LANGS.map((lang) => `${langPrefix(lang)}/`))('story %s: JS and total within budget', (path) => {
    const w = weigh(DIST_DIR, path);
    expect(w.js_kb.gzip).toBeLessThanOrEqual(BUDGETS.story.js_kb);
    expect(w.total_kb.gzip).toBeLessThanOrEqual(BUDGETS.story.total_kb);
  });

  it('every embed, in every language: JS and total within budget', () => {
    const over: string[] = [];
    for (const chart of CHARTS) {
      for (const prefix of LANGS.map(langPrefix)) {
        const path = `${prefix}/embed/${chart.id}/`;
        const w = weigh(DIST_DIR, path);
        if (w.js_kb.gzip > BUDGETS.embed.js_kb) over.push(`${path} JS ${w.js_kb.gzip} KB`);
        if (w.total_kb.gzip > BUDGETS.embed.total_kb) over.push(`${path} total ${w.total_kb.gzip} KB`);
      }
    }
    expect(over).toEqual([]);
  });
});
