/**
 * The tests drive Debian's Chromium (browser tools cannot download their own here) and a real
 * nginx. Before `npm test`: find them, or install them with apt when we are root on Debian, or
 * say exactly what is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, findNginx, NGINX_MISSING } from './lib/tools.ts';

const missing = [
  { present: () => existsSync(CHROMIUM_PATH), packages: ['chromium', 'fonts-dejavu-core'], hint: `Chromium not found at ${CHROMIUM_PATH}. Install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM_PATH.` },
  { present: () => findNginx() !== null, packages: ['nginx-light'], hint: NGINX_MISSING },
].filter((tool) => !tool.present());

function hasApt(): boolean {
  return spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

if (missing.length) {
  const packages = missing.flatMap((tool) => tool.packages);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasApt()) {
    console.log(`Installing Debian's ${packages.join(' ')} with apt-get…`);
    execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-q', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  const still = missing.filter((tool) => !tool.present());
  for (const tool of still) console.error(tool.hint);
  if (still.length) process.exit(1);
}
console.log(`Tests will use ${CHROMIUM_PATH} and ${findNginx()}.`);
