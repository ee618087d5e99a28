/** Serves the built site from dist/, with the headers of dist/_headers, and prints its address. Usage: node scripts/serve.ts [--port N] */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createSiteServer, listen } from './lib/static-server.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4321' } } });
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const url = await listen(createSiteServer(dist), Number(values.port));
console.log(`Niger explainer: Dutch at ${url}  ·  English at ${url}en/  (Ctrl+C to stop)`);
