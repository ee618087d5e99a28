/** Where the test suite finds the system programs it drives: Debian's browsers and nginx. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** WebKitGTK's WebDriver and the MiniBrowser it drives (Debian's webkit2gtk-driver), in a virtual display. */
export const WEBKIT_DRIVER_PATH = '/usr/bin/WebKitWebDriver';
export const WEBKIT_BROWSER_PATH = process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB_PATH = '/usr/bin/Xvfb';

/** nginx: NGINX_PATH, else on PATH, else where Debian puts it (/usr/sbin is not on every PATH). */
export function findNginx(): string | null {
  if (process.env.NGINX_PATH) return existsSync(process.env.NGINX_PATH) ? process.env.NGINX_PATH : null;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  return ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((p) => existsSync(p)) ?? null;
}

export const NGINX_MISSING = "nginx not found (looked at NGINX_PATH, PATH and /usr/sbin/nginx). Install Debian's nginx-light (sudo apt-get install nginx-light) or set NGINX_PATH.";

/**
 * The Frictionless reference validator (`frictionless`, from PyPI) for /data/datapackage.json:
 * FRICTIONLESS_PATH, else on PATH, else the virtual environment scripts/ensure-tools.ts and
 * .ci/run install it into.
 */
export const FRICTIONLESS_VERSION = '5.18.1';
export const FRICTIONLESS_VENV = `${process.env.HOME ?? '/root'}/.cache/niger-explainer/frictionless-${FRICTIONLESS_VERSION}`;

export function findFrictionless(): string | null {
  if (process.env.FRICTIONLESS_PATH) return existsSync(process.env.FRICTIONLESS_PATH) ? process.env.FRICTIONLESS_PATH : null;
  const venv = `${FRICTIONLESS_VENV}/bin/frictionless`;
  if (existsSync(venv)) return venv;
  const which = spawnSync('sh', ['-c', 'command -v frictionless'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}
