/**
 * src/data/generated holds the complete old output or the complete new one, whatever
 * fails or is killed and however many runs race (src/data/pipeline/publish.ts).
 */
import { spawn } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/data/pipeline/run.ts';
import { copyData, editField, write } from '../helpers/fixture-data.ts';
import { readModules, runStep, scratchOut, STEP } from '../helpers/data-step.ts';

type Modules = Record<string, string>;
let dataA: string;
let dataB: string;
let modulesA: Modules;
let modulesB: Modules;
const broken = copyData();
write(broken, 'timeline.csv', '');

beforeAll(() => {
  dataA = copyData();
  dataB = copyData();
  editField(dataB, 'sources.csv', () => true, 'note', 'Changed, so the output differs.');
  const modules = (dir: string) => Object.fromEntries([...runPipeline(dir).modules].sort(([x], [y]) => x.localeCompare(y)));
  modulesA = modules(dataA);
  modulesB = modules(dataB);
  expect(modulesA).not.toEqual(modulesB);
});

/** `out` as a folder of the layout before symlinks, holding output A. */
function legacyOut(): string {
  const out = scratchOut();
  mkdirSync(out);
  for (const [name, text] of Object.entries(modulesA)) writeFileSync(join(out, name), text);
  return out;
}

/** `out` as a symlink to output A, written by a run that has exited. */
function linkedOut(): string {
  const out = scratchOut();
  expect(runStep(dataA, out).status).toBe(0);
  return out;
}

/** Runs a script in its own Node process, for processes that race each other. */
function node(...args: string[]) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => child.on('close', (code) => done({ code, stdout, stderr })));
}

const entries = (out: string) => readdirSync(dirname(out)).sort();
/** A tidy tree: `generated` and the one version it points at. */
const expectTidy = (out: string) => expect(entries(out)).toEqual([readlinkSync(out), 'generated'].sort());
const oneLine = /^Could not write [^\n]+; the last good generated modules are unchanged\.\n$/;

describe('the data step publishes its modules atomically', () => {
  it('as a symlink to a complete version folder, kept when the output is the same', { timeout: 20_000 }, () => {
    const out = linkedOut();
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readlinkSync(out)).toMatch(/^\.generated-\d+-[0-9a-z]+-[0-9a-f]+$/);
    expect(readModules(out)).toEqual(modulesA);
    const first = readlinkSync(out);
    const again = runStep(dataA, out);
    expect(again.stdout).toContain('modules unchanged');
    expect(readlinkSync(out)).toBe(first);
    expect(runStep(dataB, out).stdout).toContain('modules written');
    expect(readModules(out)).toEqual(modulesB);
    expectTidy(out);
  });

  it('replaces a plain generated/ folder of the old layout with the symlink', { timeout: 20_000 }, () => {
    const out = legacyOut();
    expect(runStep(dataA, out).status).toBe(0);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readModules(out)).toEqual(modulesA);
    expectTidy(out);
  });

  it('leaves the old output and says why in one line when the write fails', { timeout: 20_000 }, () => {
    // Root ignores permissions, so fail for real another way: the staging folder's name,
    // longer than the base name, passes the file system's 255-byte limit.
    const out = join(mkdtempSync(join(tmpdir(), 'gen-')), 'g'.repeat(240));
    mkdirSync(out);
    for (const [name, text] of Object.entries(modulesA)) writeFileSync(join(out, name), text);
    const result = runStep(dataB, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(oneLine);
    expect(result.stderr).toContain('ENAMETOOLONG');
    expect(readModules(out)).toEqual(modulesA);
    expect(readdirSync(dirname(out))).toEqual(['g'.repeat(240)]);
  });

  for (const [layout, setup, points] of [
    ['a symlink', linkedOut, ['staging', 'staged', 'linked']],
    ['the old folder layout', legacyOut, ['staging', 'staged', 'linked', 'moved-aside']],
  ] as const) {
    it(`leaves the old output when the write fails at any step, from ${layout}`, { timeout: 30_000 }, () => {
      for (const point of points) {
        const out = setup();
        const before = entries(out);
        const result = runStep(dataB, out, { NIGER_DATA_FAULT: `${point}:fail` });
        expect(result.status, point).toBe(1);
        expect(result.stderr, point).toMatch(oneLine);
        expect(result.stderr, point).toContain(`injected failure at ${point}`);
        expect(readModules(out), point).toEqual(modulesA);
        expect(entries(out), point).toEqual(before);
      }
    });

    it(`holds the complete old or new output when killed at any step, from ${layout}`, { timeout: 30_000 }, () => {
      for (const point of [...points, 'switched', 'cleaning']) {
        const out = setup();
        const result = runStep(dataB, out, { NIGER_DATA_FAULT: point });
        expect(result.signal, `${point}: the hook did not fire`).toBe('SIGKILL');
        if (point === 'moved-aside') {
          // The one gap: between moving the old folder aside and linking in its place.
          // The next run repairs it, even one that fails.
          expect(readModules(out)).toBeNull();
          expect(runStep(broken, out).status).toBe(1);
        }
        expect([modulesA, modulesB], point).toContainEqual(readModules(out));
        // The next good run finishes the job and clears what the killed one left.
        expect(runStep(dataB, out).status, point).toBe(0);
        expect(readModules(out), point).toEqual(modulesB);
        expectTidy(out);
      }
    });
  }

  it('survives runs racing each other: readers always see one whole output', { timeout: 60_000 }, async () => {
    const out = linkedOut();
    const dir = dirname(out);
    const files = ['a', 'b'].map((n, i) => {
      const file = join(dir, `${n}.json`);
      writeFileSync(file, JSON.stringify(i ? modulesB : modulesA));
      return file;
    });
    // Outside the folder the cleaners scan.
    const stop = join(mkdtempSync(join(tmpdir(), 'stop-')), 'stop');
    const loop = resolve(import.meta.dirname, '../helpers/publish-loop.ts');
    const reader = node(loop, 'read', out, stop, ...files);
    const writers = await Promise.all(Array.from({ length: 4 }, () => node(loop, 'write', out, '40', ...files)));
    writeFileSync(stop, '');
    const read = await reader;
    for (const w of writers) expect(w.code, w.stderr).toBe(0);
    expect(read.code, read.stderr).toBe(0);
    const counts = JSON.parse(read.stdout) as { reads: number; missing: number; mixed: number; retired: number };
    expect(counts.reads).toBeGreaterThan(50);
    expect(counts).toMatchObject({ missing: 0, mixed: 0 });
    expect([modulesA, modulesB]).toContainEqual(readModules(out));

    // And the data step itself, four at once, a few times over.
    for (let round = 0; round < 3; round++) {
      const runs = await Promise.all(Array.from({ length: 4 }, (_, i) => node(STEP, '--data', i % 2 ? dataB : dataA, '--out', out)));
      for (const r of runs) expect(r.code, r.stderr).toBe(0);
      expect([modulesA, modulesB]).toContainEqual(readModules(out));
    }
    expect(runStep(dataA, out).status).toBe(0);
    expect(entries(out)).toEqual([readlinkSync(out), 'a.json', 'b.json', 'generated'].sort());
  });
});
