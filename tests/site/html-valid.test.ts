import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR, distFiles } from '../helpers/dist.ts';

const require = createRequire(import.meta.url);
const VNU = join(dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

/**
 * CSS properties the checker's CSS validator does not know, though every browser the site
 * supports implements them; it reads the page's inline stylesheet and reports each use.
 * paint-order: CSS Fill and Stroke / SVG 2 (the halo behind map and chart labels).
 */
const UNKNOWN_TO_NU = ['paint-order'];

describe('the Nu HTML Checker', () => {
  it('reports no error on any generated page', { timeout: 180_000 }, () => {
    const pages = distFiles().filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(40);
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    if (java.status !== 0) throw new Error('Java is needed for the Nu HTML Checker (vnu-jar); install a JRE (Debian: default-jre-headless).');
    const result = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'gnu', '--skip-non-html', DIST_DIR], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const reported = `${result.stdout}${result.stderr}`.split('\n').filter((l) => l.includes('error'));
    // A non-zero exit must come from reported errors, not from the checker failing to run.
    if (result.status !== 0) expect(reported.length, result.stderr).toBeGreaterThan(0);
    const errors = reported.filter((l) => !UNKNOWN_TO_NU.some((property) => l.endsWith(`error: CSS: “${property}”: Property “${property}” doesn't exist.`)));
    expect(errors.slice(0, 30)).toEqual([]);
  });
});
