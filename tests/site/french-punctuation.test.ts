/**
 * French punctuation on the built French pages (issue 14): a no-break space before a colon,
 * never the English ": " after a word. Code joins a label and its colon only through the
 * dictionary (src/i18n/punctuation.ts); this finds any place that still writes a bare one.
 */
import { describe, expect, it } from 'vitest';
import { colonFaults, frenchTextRuns } from '../helpers/french-text.ts';
import { distFiles, readDist } from '../helpers/dist.ts';

describe('the colon check', () => {
  it('finds an ordinary space before a colon and a word directly before ": "', () => {
    expect(colonFaults('Source : ACLED')).toHaveLength(1);
    expect(colonFaults('Source: ACLED')).toHaveLength(1);
    expect(colonFaults('Degré de certitude:\nles sources')).toHaveLength(1);
    expect(colonFaults('Source\u00a0: ACLED, 11\u00a0h\u00a0: https://acleddata.com/')).toEqual([]);
  });

  it('reads French text only: not a Dutch quote, not code', () => {
    const html = '<html lang="fr"><p>Selon\u00a0: <q lang="nl">Bron: CGVS</q></p><pre>a: b</pre><p>Total: 3</p></html>';
    expect(frenchTextRuns(html).join('')).toBe('Selon\u00a0: Total: 3');
  });
});

describe('the French pages', () => {
  const pages = distFiles().filter((f) => f.startsWith('/fr/') && f.endsWith('.html'));

  it('are built', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
  });

  it('set a no-break space before every colon', () => {
    const faults = pages.flatMap((page) => {
      const text = frenchTextRuns(readDist(page)).join('');
      return colonFaults(text).map((f) => `${page}: ${JSON.stringify(f)}`);
    });
    expect(faults.slice(0, 20)).toEqual([]);
  });
});
