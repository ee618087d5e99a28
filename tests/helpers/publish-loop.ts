/**
 * A racing writer or reader for the concurrency test, run as its own process.
 *   write <out> <times> <a.json> <b.json>: publishes a and b in turn.
 *   read <out> <stop-file> <a.json> <b.json>: reads `out` until stop-file exists and prints
 *   { reads, missing, mixed }: reads that found nothing, or a set that is neither a nor b.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { publish } from '../../src/data/pipeline/publish.ts';

const [mode, out = '', arg = '', a = '', b = ''] = process.argv.slice(2);
const versions = [a, b].map((f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, string>);

if (mode === 'write') {
  for (let i = 0; i < Number(arg); i++) publish(out, new Map(Object.entries(versions[i % 2]!)));
} else {
  const same = (x: Record<string, string>, y: Record<string, string>) => JSON.stringify(x) === JSON.stringify(y);
  const counts = { reads: 0, missing: 0, mixed: 0 };
  while (!existsSync(arg)) {
    let dir: string;
    try {
      // Resolve once, as a build would: reading file by file through the link could mix two versions that each are whole.
      dir = realpathSync(out);
    } catch {
      counts.missing++;
      continue;
    }
    try {
      const seen = Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
      counts.reads++;
      if (!versions.some((v) => same(v, seen))) counts.mixed++;
    } catch (e) {
      // A version retired after it was resolved is gone as a whole (it is renamed away before deletion).
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  console.log(JSON.stringify(counts));
}
