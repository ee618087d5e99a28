/**
 * The data step: data/*.csv → validated, cross-checked → src/data/generated/*.ts.
 * Writes only when everything passes, and swaps the whole folder in one rename, so a
 * failed run leaves the last good modules untouched.
 *
 * Usage: node scripts/build-data.ts [--data DIR] [--out DIR]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatDataErrors } from '../src/data/pipeline/errors.ts';
import { runPipeline } from '../src/data/pipeline/run.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sameContent(dir: string, modules: Map<string, string>): boolean {
  if (!existsSync(dir)) return false;
  const files = readdirSync(dir).sort();
  if (files.join() !== [...modules.keys()].sort().join()) return false;
  return files.every((f) => readFileSync(join(dir, f), 'utf8') === modules.get(f));
}

export function writeModulesAtomically(outDir: string, modules: Map<string, string>): boolean {
  if (sameContent(outDir, modules)) return false;
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.generated-staging-${process.pid}`);
  const retired = join(parent, `.generated-retired-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  for (const [name, text] of modules) writeFileSync(join(staging, name), text);
  if (existsSync(outDir)) renameSync(outDir, retired);
  renameSync(staging, outDir);
  rmSync(retired, { recursive: true, force: true });
  return true;
}

function main(): number {
  const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } } });
  const dataDir = resolve(values.data ?? join(root, 'data'));
  const outDir = resolve(values.out ?? join(root, 'src/data/generated'));
  const started = performance.now();
  const result = runPipeline(dataDir);
  if (result.errors.length > 0) {
    console.error(formatDataErrors(result.errors));
    console.error('Nothing was written; the last good generated modules are unchanged.');
    return 1;
  }
  const changed = writeModulesAtomically(outDir, result.modules);
  const rows = result.summaries.map((s) => `${s.name} ${s.rows}`).join(', ');
  const ms = (performance.now() - started).toFixed(0);
  console.log(`Data OK in ${ms} ms (${rows}); ${changed ? 'modules written' : 'modules unchanged'}.`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
