import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const STEP = resolve(import.meta.dirname, '../../scripts/build-data.ts');

/** Runs the data step in a child process, so a hang is a timeout and a kill is only the child's. */
export function runStep(data: string, out: string, env: Record<string, string> = {}, timeout = 30_000) {
  return spawnSync(process.execPath, [STEP, '--data', data, '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout,
    killSignal: 'SIGKILL',
  });
}

/** Where a run may write: `<fresh temp folder>/generated`. */
export function scratchOut(): string {
  return join(mkdtempSync(join(tmpdir(), 'gen-')), 'generated');
}

/** What a reader sees through `dir`: file name → text, or null when there is nothing there. */
export function readModules(dir: string): Record<string, string> | null {
  try {
    return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  } catch {
    return null;
  }
}
