/**
 * On a Node.js older than package.json's engines, `npm start` and `npm install` stop at once with
 * a message naming the version needed. Run with the system's older Node.js (Debian 12 ships 20)
 * and its npm, in a temp copy of the project's npm files, so node_modules here is never touched.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string }; scripts: Record<string, string> };
const [, major, minor] = /^>=(\d+)\.(\d+)\.\d+$/.exec(PKG.engines.node) ?? [];
const CHECK = 'node scripts/check-node.mjs && ';

const OLD_NODE = '/usr/bin/node';
const oldVersion = existsSync(OLD_NODE) ? spawnSync(OLD_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim() : null;
const [oldMajor = 0, oldMinor = 0] = (oldVersion ?? '').replace(/^v/, '').split('.').map(Number);
const tooOld = oldVersion !== null && (oldMajor < Number(major) || (oldMajor === Number(major) && oldMinor < Number(minor)));
/** Only the system's directories: `node` and `npm` are the old ones, as a reader with that Node.js has them. */
const env = { PATH: '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', LANG: 'C.UTF-8', TMPDIR: tmpdir() };
const npm = tooOld ? spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8', env }).stdout.trim() : '';
const skip = oldVersion === null ? `no ${OLD_NODE}` : !tooOld ? `${OLD_NODE} is ${oldVersion}, not older than ${PKG.engines.node}` : npm === '' ? `no npm next to ${OLD_NODE}` : null;

describe('package.json scripts', () => {
  it('check the Node.js version before anything that needs it', () => {
    const unchecked = Object.entries(PKG.scripts).filter(([, command]) => /\.ts\b|astro|vitest|tsc|npm run/.test(command) && !command.startsWith(CHECK));
    expect(unchecked).toEqual([]);
  });
});

describe.skipIf(skip !== null)(`on ${oldVersion ?? 'an old Node.js'} (${skip ?? OLD_NODE})`, () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** A temp folder with these files of the project, and nothing else. */
  function copy(files: string[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'old-node-'));
    dirs.push(dir);
    for (const file of files) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      copyFileSync(join(ROOT, file), join(dir, file));
    }
    return dir;
  }

  function run(dir: string, args: string[]): { status: number | null; output: string } {
    const result = spawnSync(npm, args, { cwd: dir, encoding: 'utf8', env, timeout: 120_000 });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  it('npm start stops with one message: the version needed, and how to install it', () => {
    const { status, output } = run(copy(['package.json', '.npmrc', '.nvmrc', 'scripts/check-node.mjs']), ['start']);
    expect(status).toBe(1);
    const needed = `This project needs Node.js ${major}.${minor} or newer; you have ${oldVersion} (${OLD_NODE}).`;
    expect(output.split(needed).length - 1, output).toBe(1);
    expect(output).toContain('"nvm install" reads .nvmrc');
    const binary = `node-${process.platform}-${process.arch}`;
    expect(output).toContain(`npm install --prefix ~/.node${major} ${binary}@${major}`);
    expect(output).not.toMatch(/ERR_UNKNOWN_FILE_EXTENSION|MODULE_NOT_FOUND|Cannot find module/);
  });

  it('npm install refuses before installing anything, naming the version needed', () => {
    // With the lockfile, as in a clone: npm checks engines without resolving the tree online first.
    const dir = copy(['package.json', 'package-lock.json', '.npmrc']);
    const { status, output } = run(dir, ['install', '--no-audit', '--no-fund']);
    expect(status).not.toBe(0);
    expect(output).toContain('EBADENGINE');
    expect(output).toContain(`Required: {"node":"${PKG.engines.node}"}`);
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
  });
});
