import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST_DIR = process.env.DIST_DIR ?? join(import.meta.dirname, '../../dist');

/** Every file under dist/, as site paths ("/en/index.html"). */
export function distFiles(dir = DIST_DIR, root = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...distFiles(path, root));
    else out.push(`/${relative(root, path)}`);
  }
  return out.sort();
}

export function readDist(path: string): string {
  return readFileSync(join(DIST_DIR, path), 'utf8');
}
