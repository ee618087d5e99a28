/**
 * A racing writer or reader for the concurrency test, run as its own process.
 *   write <out> <times> <a.json> <b.json>: publishes a and b in turn.
 *   read <out> <stop-file> <a.json> <b.json>: reads `out` until stop-file exists and prints
 *   { reads, missing, mixed, retired }: reads that found nothing, or a set that is neither a nor b,
 *   and resolves that met a version retired in between (counted, not a failure).
 */
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { publish } from '../../src/data/pipeline/publish.ts';

const [mode, out = '', arg = '', a = '', b = ''] = process.argv.slice(2);
const versions = [a, b].map((f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, string>);

if (mode === 'write') {
  for (let i = 0; i < Number(arg); i++) publish(out, new Map(Object.entries(versions[i % 2]!)));
} else {
  const same = (x: Record<string, string>, y: Record<string, string>) => JSON.stringify(x) === JSON.stringify(y);
  const counts = { reads: 0, missing: 0, mixed: 0, retired: 0 };
  /**
   * The folder `out` points at, resolved once as a build would (reading file by file
   * through the link could mix two versions that each are whole). 'retired' when the
   * version it pointed at was switched away from and deleted between reading the link
   * and opening the folder: no reader of `out` ever finds nothing, that reader just
   * resolved an older whole version.
   */
  const resolveOut = (): string | 'missing' | 'retired' => {
    let target: string;
    try {
      if (!lstatSync(out).isSymbolicLink()) return out;
      target = readlinkSync(out);
    } catch {
      return 'missing';
    }
    const dir = resolve(dirname(out), target);
    if (existsSync(dir)) return dir;
    try {
      return readlinkSync(out) === target ? 'missing' : 'retired';
    } catch {
      return 'missing';
    }
  };
  while (!existsSync(arg)) {
    const dir = resolveOut();
    if (dir === 'missing' || dir === 'retired') {
      counts[dir]++;
      continue;
    }
    let seen: Record<string, string>;
    try {
      seen = Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      counts.retired++;
      continue;
    }
    // A version is renamed away before it is emptied, so one still in place was whole while read;
    // one gone was retired during the read, which can list it half emptied.
    if (!existsSync(dir)) {
      counts.retired++;
      continue;
    }
    counts.reads++;
    if (!versions.some((v) => same(v, seen))) counts.mixed++;
  }
  console.log(JSON.stringify(counts));
}
