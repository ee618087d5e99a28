/** Runs `astro build` into another folder, for the tests that need a second build. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

export function astroBuild(env: Record<string, string> = {}): { outDir: string; status: number | null; output: string; remove: () => void } {
  const tmp = mkdtempSync(join(tmpdir(), 'niger-build-'));
  const outDir = join(tmp, 'dist');
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}`, remove: () => rmSync(tmp, { recursive: true, force: true }) };
}
