import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyData, editField, write } from '../helpers/fixture-data.ts';

const script = resolve(import.meta.dirname, '../../scripts/build-data.ts');
const run = (data: string, out: string) => spawnSync(process.execPath, [script, '--data', data, '--out', out], { encoding: 'utf8' });

describe('scripts/build-data.ts', () => {
  it('writes one typed module per dataset', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gen-')), 'generated');
    const result = run(copyData(), out);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['acled-niger.ts', 'regions.ts', 'geo.ts', 'meta.ts']));
    expect(readFileSync(join(out, 'regions.ts'), 'utf8')).toMatch(/export const regions: readonly Region\[\]/);
  });

  it('fails with every error listed and leaves the last good modules untouched', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gen-')), 'generated');
    execFileSync(process.execPath, [script, '--data', copyData(), '--out', out]);
    const before = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));

    const broken = copyData();
    editField(broken, 'regions.csv', () => true, 'population', 'lots');
    write(broken, 'timeline.csv', '');
    const result = run(broken, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/data\/regions\.csv:2 column "population": got "lots", expected a non-negative integer/);
    expect(result.stderr).toMatch(/data\/timeline\.csv: expected a header row/);
    expect(result.stderr).toMatch(/Nothing was written/);
    const after = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    expect(after).toEqual(before);
  });
});
