import { describe, expect, it } from 'vitest';
import { cut, dataError, errorLog, formatDataError, formatDataErrors } from '../../src/data/pipeline/errors.ts';

describe('problem reports', () => {
  it('cut a long value to 60 characters and say its length', () => {
    expect(cut('short')).toBe('"short"');
    expect(cut('x'.repeat(50_000_000))).toBe(`"${'x'.repeat(60)}…" (50,000,000 characters)`);
    // A cut never splits a surrogate pair.
    expect(cut(`${'x'.repeat(59)}😀${'y'.repeat(10)}`)).toBe(`"${'x'.repeat(59)}…" (71 characters)`);
    const line = formatDataError(dataError('data/t.csv', 1, 'y'.repeat(1000), 'z'.repeat(1000), 'something'));
    expect(line.length).toBeLessThan(250);
  });

  it('keep the first 200 problems, count the rest, and say how many more there are', () => {
    const log = errorLog();
    log.addAll(Array.from({ length: 130_000 }, (_, i) => dataError('data/t.csv', i + 2, 'a', 'x', 'a number')));
    expect(log.kept).toHaveLength(200);
    expect(log.total).toBe(130_000);
    const text = formatDataErrors(log.kept, log.total).split('\n');
    expect(text[0]).toBe('Data check failed: 130,000 problems; the first 200:');
    expect(text).toHaveLength(202);
    expect(text.at(-1)).toBe('  … and 129,800 more problems.');
  });
});
