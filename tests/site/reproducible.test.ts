import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR, distFiles } from '../helpers/dist.ts';

const ROOT = join(import.meta.dirname, '../..');

function digest(dir: string): Map<string, string> {
  return new Map(distFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

describe('the build', () => {
  it('is reproducible: a second build of the same commit is byte-identical to dist/', { timeout: 300_000 }, () => {
    const second = join(mkdtempSync(join(tmpdir(), 'niger-build-')), 'dist');
    const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
    const result = spawnSync(process.execPath, [astro, 'build', '--outDir', second], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    expect(result.status, result.stderr).toBe(0);
    const a = digest(DIST_DIR);
    const b = digest(second);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
