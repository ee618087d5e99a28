/**
 * Times the data step (parse, validate, cross-check, render modules) without writing,
 * over several runs, and fails when the median passes the one-second budget.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../src/data/pipeline/run.ts';

const BUDGET_MS = 1000;
const RUNS = 7;
const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const times: number[] = [];
let rows = 0;
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  const result = runPipeline(dataDir);
  times.push(performance.now() - start);
  if (result.errors.length > 0) throw new Error('The data does not pass its checks; run `npm run data` to see why.');
  rows = result.summaries.reduce((sum, s) => sum + s.rows, 0);
}
times.sort((a, b) => a - b);

// The whole command as `npm run data` runs it: Node start-up, module loading and writing.
const cliStart = performance.now();
const cli = spawnSync(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), 'build-data.ts'), '--out', join(mkdtempSync(join(tmpdir(), 'bench-')), 'generated')], { encoding: 'utf8' });
const cliMs = Math.round(performance.now() - cliStart);
if (cli.status !== 0) throw new Error(cli.stderr);
const median = times[Math.floor(RUNS / 2)]!;
const report = { runs: RUNS, rows, in_process_median_ms: Math.round(median), in_process_max_ms: Math.round(times.at(-1)!), command_ms: cliMs, budget_ms: BUDGET_MS };
const ok = cliMs < BUDGET_MS && median < BUDGET_MS;
console.log(JSON.stringify(report));
console.log(`Data step: ${cliMs} ms as a command, median ${report.in_process_median_ms} ms in process over ${RUNS} runs (${rows} rows); budget ${BUDGET_MS} ms — ${ok ? 'OK' : 'OVER BUDGET'}`);
if (!ok) process.exitCode = 1;
