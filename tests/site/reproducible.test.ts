import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DIST_DIR, distFiles } from '../helpers/dist.ts';
import { astroBuild } from './astro-build.ts';

function digest(dir: string): Map<string, string> {
  return new Map(distFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

describe('the build', () => {
  it('is reproducible: a second build of the same commit is byte-identical to dist/', { timeout: 300_000 }, () => {
    const { outDir: second, status, output, remove } = astroBuild();
    onTestFinished(remove);
    expect(status, output).toBe(0);
    const a = digest(DIST_DIR);
    const b = digest(second);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
