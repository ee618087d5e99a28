import { describe, expect, it } from 'vitest';
import { wrapHeader } from '../../../src/charts/casualties/header.ts';

const text = (lines: { text: string }[][]) => lines.map((l) => l.map((p) => p.text).join(''));

describe('wrapHeader(title, attacker, width, charWidth, attackerOwnLine)', () => {
  const title = '25 mei 2025 · Eknewane (Tillia)';

  it('keeps a short header on one line, the attacker after a dot', () => {
    const lines = wrapHeader(title, 'ISSP', 700, 7, false);
    expect(text(lines)).toEqual([`${title} · ISSP`]);
    expect(lines[0]!.map((p) => p.kind)).toEqual(['title', 'attacker']);
  });

  it('puts the attacker on a line of its own when asked, or when it does not fit', () => {
    expect(text(wrapHeader(title, 'ISSP', 700, 7, true))).toEqual([title, 'ISSP']);
    expect(text(wrapHeader(title, 'suspected ISSP', 33 * 7, 7, false))).toEqual([title, 'suspected ISSP']);
  });

  it('breaks only at spaces, every line within the width, no word lost', () => {
    const lines = text(wrapHeader(title, 'probably ISSP', 12 * 7, 7, false));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(12);
    expect(lines.join(' ').split(/\s+/)).toEqual(`${title} probably ISSP`.split(/\s+/));
  });
});
