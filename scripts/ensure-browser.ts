/**
 * The browser tests drive Debian's browsers (browser tools cannot download their own
 * here): Chromium, Firefox ESR, and WebKitGTK's WebDriver in a virtual display. Before
 * `npm test`: find them, or install what is missing with apt when we are root on
 * Debian, or say exactly what is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

interface Need {
  what: string;
  path: string;
  packages: string[];
}

const NEEDS: Need[] = [
  { what: 'Chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', packages: ['chromium', 'fonts-dejavu-core'] },
  { what: 'Firefox ESR', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', packages: ['firefox-esr'] },
  { what: 'WebKitWebDriver (WebKitGTK)', path: '/usr/bin/WebKitWebDriver', packages: ['webkit2gtk-driver'] },
  { what: 'Xvfb', path: '/usr/bin/Xvfb', packages: ['xvfb'] },
];

const missing = NEEDS.filter((n) => !existsSync(n.path));
if (missing.length > 0) {
  const packages = missing.flatMap((n) => n.packages);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log(`Not found: ${missing.map((n) => n.what).join(', ')}; installing Debian's ${packages.join(' ')} with apt-get…`);
    execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-q', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    for (const n of missing) console.error(`${n.what} not found at ${n.path}.`);
    console.error(`Install Debian's packages: sudo apt-get install ${packages.join(' ')} (or set CHROMIUM_PATH / FIREFOX_PATH).`);
    process.exit(1);
  }
}
console.log(`Browser tests will use ${NEEDS.map((n) => n.path).join(', ')}.`);
