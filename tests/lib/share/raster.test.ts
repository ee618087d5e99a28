import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/lib/share/raster.ts';

describe('wrapText(text, fontSize, maxWidth)', () => {
  it('breaks lines at ordinary spaces', () => {
    expect(wrapText('aaaa bbbb cccc dddd', 10, 50)).toEqual(['aaaa bbbb', 'cccc dddd']);
  });

  it('never breaks at a no-break space: a French colon and a grouped number stay on their line', () => {
    expect(wrapText('Déplacés 507\u202f438 Source\u00a0: ACLED', 10, 50)).toEqual(['Déplacés', '507\u202f438', 'Source\u00a0:', 'ACLED']);
  });
});
