/**
 * The data step: data/*.csv → validated, cross-checked → src/data/generated/*.ts.
 * Writes only when everything passes; src/data/generated is a symlink to a complete
 * version folder, switched in one rename (src/data/pipeline/publish.ts), so a failed or
 * killed run leaves the last good modules untouched.
 *
 * Usage: node scripts/build-data.ts [--data DIR] [--out DIR]
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatDataErrors } from '../src/data/pipeline/errors.ts';
import { publish, PublishError, repair } from '../src/data/pipeline/publish.ts';
import { runPipeline } from '../src/data/pipeline/run.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const UNCHANGED = 'the last good generated modules are unchanged.';

function main(): number {
  const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } } });
  const dataDir = resolve(values.data ?? join(root, 'data'));
  const outDir = resolve(values.out ?? join(root, 'src/data/generated'));
  const started = performance.now();
  const result = runPipeline(dataDir);
  if (result.errors.length > 0) {
    // A run killed while switching layouts may have left `generated` missing; failing runs repair it too.
    repair(outDir);
    console.error(formatDataErrors(result.errors, result.errorCount));
    console.error(`Nothing was written; ${UNCHANGED}`);
    return 1;
  }
  let changed: boolean;
  try {
    changed = publish(outDir, result.modules);
  } catch (e) {
    if (!(e instanceof PublishError)) throw e;
    console.error(`${e.message}; ${UNCHANGED}`);
    return 1;
  }
  const rows = result.summaries.map((s) => `${s.name} ${s.rows}`).join(', ');
  const ms = (performance.now() - started).toFixed(0);
  console.log(`Data OK in ${ms} ms (${rows}); ${changed ? 'modules written' : 'modules unchanged'}.`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
