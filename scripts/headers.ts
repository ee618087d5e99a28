/** Writes public/_headers and deploy/nginx.conf from scripts/lib/site-headers.ts. Usage: npm run headers */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEADER_FILES } from './lib/header-files.ts';

const root = join(import.meta.dirname, '..');
for (const { path, render } of HEADER_FILES) {
  writeFileSync(join(root, path), render());
  console.log(`wrote ${path}`);
}
