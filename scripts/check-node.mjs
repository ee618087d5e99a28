// Runs first in every npm script that needs the project's Node.js (TypeScript is run by Node
// itself, and Astro refuses older versions): on an older Node.js it prints one message saying
// what is needed and how to get it, and exits 1. Plain JavaScript that any Node.js from 14 on
// can run, so no newer syntax here. The version comes from package.json's "engines".
import { readFileSync } from 'fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const wanted = /^>=(\d+)\.(\d+)\.\d+$/.exec(pkg.engines.node);
if (!wanted) throw new Error(`scripts/check-node.mjs reads engines.node as ">=major.minor.patch", got ${pkg.engines.node}`);
const major = Number(wanted[1]);
const minor = Number(wanted[2]);
const have = process.versions.node.split('.').map(Number);

if (have[0] < major || (have[0] === major && have[1] < minor)) {
  const binary = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
  console.error(
    [
      `This project needs Node.js ${major}.${minor} or newer; you have ${process.version} (${process.execPath}).`,
      `Install it with nvm ("nvm install" reads .nvmrc), or from the npm registry without nvm:`,
      `  npm install --prefix ~/.node${major} ${binary}@${major} && export PATH="$HOME/.node${major}/node_modules/${binary}/bin:$PATH"`,
    ].join('\n'),
  );
  process.exit(1);
}
