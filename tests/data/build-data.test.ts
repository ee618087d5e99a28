import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyData, editField, read, replaceWith, write } from '../helpers/fixture-data.ts';
import { readModules, runStep, scratchOut, STEP } from '../helpers/data-step.ts';

describe('scripts/build-data.ts', () => {
  it('writes one typed module per dataset', { timeout: 20_000 }, () => {
    const out = scratchOut();
    const result = runStep(copyData(), out);
    expect(result.status, result.stderr).toBe(0);
    expect(Object.keys(readModules(out) ?? {})).toEqual(expect.arrayContaining(['acled-niger.ts', 'regions.ts', 'geo.ts', 'meta.ts']));
    expect(readFileSync(join(out, 'regions.ts'), 'utf8')).toMatch(/export const regions: readonly Region\[\]/);
  });

  it('fails with every error listed and leaves the last good modules untouched', { timeout: 20_000 }, () => {
    const out = scratchOut();
    execFileSync(process.execPath, [STEP, '--data', copyData(), '--out', out]);
    const before = readModules(out);

    const broken = copyData();
    editField(broken, 'regions.csv', () => true, 'population', 'lots');
    write(broken, 'timeline.csv', '');
    const result = runStep(broken, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/data\/regions\.csv:2 column "population": got "lots", expected a non-negative integer/);
    expect(result.stderr).toMatch(/data\/timeline\.csv: expected a header row/);
    expect(result.stderr).toMatch(/Nothing was written/);
    expect(readModules(out)).toEqual(before);
  });

  it('refuses a FIFO in place of a CSV without opening it (it would block)', { timeout: 20_000 }, () => {
    const dir = copyData();
    replaceWith(dir, 'incidents.csv', 'fifo');
    const result = runStep(dir, scratchOut(), {}, 15_000);
    expect(result.signal, 'the step hung on the FIFO').toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('data/incidents.csv: expected a regular file, found a FIFO (named pipe)');
  });

  it('lists the first 200 of 130,000 bad rows and counts the rest, quickly', { timeout: 30_000 }, () => {
    const dir = copyData();
    const header = read(dir, 'acled-niger.csv').split('\n')[0];
    write(dir, 'acled-niger.csv', `${header}\n${'2024-09-01,2025-05-30,NE,,,all,all,all,total,12a,977,cgrs-coi-niger-2025,§5,\n'.repeat(130_000)}`);
    const started = performance.now();
    const result = runStep(dir, scratchOut());
    rmSync(dir, { recursive: true });
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(result.status, result.stderr.slice(0, 2000)).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Data check failed: \d{3},\d{3} problems; the first 200:$/);
    expect(lines.filter((l) => l.startsWith('  ✗ '))).toHaveLength(200);
    expect(lines[1]).toBe('  ✗ data/acled-niger.csv:2 column "incidents": got "12a", expected a non-negative integer (digits only, no separators)');
    expect(lines.at(-2)).toMatch(/^ {2}… and \d{3},\d{3} more problems\.$/);
  });

  it('cuts a 50 MB one-line file to a short message', { timeout: 30_000 }, () => {
    const dir = copyData();
    write(dir, 'timeline.csv', 'x'.repeat(50_000_000));
    const result = runStep(dir, scratchOut());
    rmSync(dir, { recursive: true });
    expect(result.status).toBe(1);
    expect(result.stderr.length).toBeLessThan(4000);
    expect(result.stderr).toContain(`got "${'x'.repeat(60)}…" (50,000,000 characters)`);
  });
});
