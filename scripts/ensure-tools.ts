/**
 * The tests drive Debian's browsers (browser tools cannot download their own here):
 * Chromium, Firefox ESR and WebKitGTK's WebDriver in a virtual display; and a real nginx. Before `npm test`: find them, or install them with apt when we are root on Debian, or
 * say exactly what is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, FIREFOX_PATH, findFrictionless, findNginx, FRICTIONLESS_VENV, FRICTIONLESS_VERSION, NGINX_MISSING, WEBKIT_BROWSER_PATH, WEBKIT_DRIVER_PATH, XVFB_PATH } from './lib/tools.ts';

const program = (what: string, path: string, packages: string[], variable?: string) => ({
  present: () => existsSync(path),
  packages,
  hint: `${what} not found at ${path}. Install Debian's ${packages[0]} (sudo apt-get install ${packages[0]})${variable ? ` or set ${variable}` : ''}.`,
});

const missing = [
  program('Chromium', CHROMIUM_PATH, ['chromium', 'fonts-dejavu-core'], 'CHROMIUM_PATH'),
  program('Firefox ESR', FIREFOX_PATH, ['firefox-esr'], 'FIREFOX_PATH'),
  program('WebKitWebDriver', WEBKIT_DRIVER_PATH, ['webkit2gtk-driver']),
  program('WebKitGTK MiniBrowser', WEBKIT_BROWSER_PATH, ['webkit2gtk-driver'], 'WEBKIT_BROWSER_PATH'),
  program('Xvfb', XVFB_PATH, ['xvfb']),
  { present: () => findNginx() !== null, packages: ['nginx-light'], hint: NGINX_MISSING },
].filter((tool) => !tool.present());

function hasApt(): boolean {
  return spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

if (missing.length) {
  const packages = [...new Set(missing.flatMap((tool) => tool.packages))];
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
// The Frictionless validator (PyPI) in a virtual environment of its own, as Java is for the Nu checker.
// Without it (no Python, no PyPI), the data-package test validates with Frictionless's JavaScript libraries instead.
if (!findFrictionless()) {
  console.log(`Installing frictionless ${FRICTIONLESS_VERSION} with pip into ${FRICTIONLESS_VENV}…`);
  const venv = spawnSync('python3', ['-m', 'venv', FRICTIONLESS_VENV], { stdio: 'inherit' });
  const pip = venv.status === 0 ? spawnSync(`${FRICTIONLESS_VENV}/bin/pip`, ['install', '-q', '--retries', '1', '--timeout', '20', `frictionless==${FRICTIONLESS_VERSION}`], { stdio: 'inherit' }) : venv;
  if (pip.status !== 0) console.warn('Could not install frictionless (is python3-venv there and PyPI reachable?); the data-package test uses the JavaScript validator.');
}
console.log(`Tests will use ${[CHROMIUM_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH, XVFB_PATH, findNginx()].join(', ')}.`);
