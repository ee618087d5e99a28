import { describe, expect, it } from 'vitest';
import * as f from '../../src/data/pipeline/fields.ts';

describe('field parsers', () => {
  it('count accepts non-negative integers only', () => {
    expect(f.count.parse('1246')).toEqual({ ok: true, value: 1246 });
    expect(f.count.parse('0')).toEqual({ ok: true, value: 0 });
    for (const bad of ['-3', '1.246', '1,246', '12a', '', ' 4', '007']) expect(f.count.parse(bad).ok).toBe(false);
  });

  it('optionalCount maps an empty field to null', () => {
    expect(f.optionalCount.parse('')).toEqual({ ok: true, value: null });
  });

  it('isoDay rejects impossible dates', () => {
    expect(f.isoDay.parse('2024-02-29').ok).toBe(true);
    expect(f.isoDay.parse('2025-02-29').ok).toBe(false);
    expect(f.isoDay.parse('30/05/2025').ok).toBe(false);
  });

  it('slug accepts lower-case words and digits joined by hyphens, as content files name rows', () => {
    expect(f.slug.parse('2023-07-26-presidential-guard-ousts')).toEqual({ ok: true, value: '2023-07-26-presidential-guard-ousts' });
    for (const bad of ['', 'Coup', '2023 coup', 'coup-', '-coup', 'coup--niger', 'coupé']) expect(f.slug.parse(bad).ok).toBe(false);
  });

  it('isoPartialDate keeps the precision of the source', () => {
    for (const good of ['2019', '2024-04', '2023-07-26']) expect(f.isoPartialDate.parse(good)).toEqual({ ok: true, value: good });
    for (const bad of ['2024-13', '2024-4', 'juli 2023']) expect(f.isoPartialDate.parse(bad).ok).toBe(false);
  });

  it('oneOf names the allowed values', () => {
    const r = f.oneOf(['idp', 'refugee_asylum_seeker']).parse('refugee');
    expect(r).toEqual({ ok: false, expected: 'one of idp | refugee_asylum_seeker' });
  });

  it('text refuses stray whitespace', () => {
    expect(f.text.parse(' Tillabéri').ok).toBe(false);
  });

  it('decimal takes a dot, not a comma', () => {
    expect(f.decimal.parse('37.5')).toEqual({ ok: true, value: 37.5 });
    expect(f.decimal.parse('37,5').ok).toBe(false);
  });

  it('count and decimal stop at 2^53 − 1, past which a double skips integers', () => {
    expect(f.count.parse('9007199254740991')).toEqual({ ok: true, value: Number.MAX_SAFE_INTEGER });
    for (const big of ['9007199254740992', '99999999999999999999']) expect(f.count.parse(big).ok).toBe(false);
    expect(f.decimal.parse('9007199254740991.5').ok).toBe(true);
    expect(f.decimal.parse('99999999999999999999.5').ok).toBe(false);
  });
});
