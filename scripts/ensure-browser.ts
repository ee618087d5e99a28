/**
 * The browser tests drive Debian's Chromium (browser tools cannot download their own
 * here). Before `npm test`: find it, or install it with apt when we are root on Debian,
 * or say exactly what is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-dejavu-core'];

function hasApt(): boolean {
  return spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

if (!existsSync(path)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasApt()) {
    console.log(`Chromium not found at ${path}; installing Debian's ${PACKAGES.join(' ')} with apt-get…`);
    execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-q', ...PACKAGES], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(`Chromium not found at ${path}. Install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}
console.log(`Browser tests will use ${path}.`);
