/**
 * Publishes the generated modules so that `out` (src/data/generated) holds one complete
 * output, the old or the new, whatever fails or is killed and however many runs race:
 *
 *   generated                           symlink → .generated-<pid>-<time>-<random>
 *   .generated-<pid>-<time>-<random>/   a complete version, never changed again
 *   …/.tmp, .link, .trash               a run's staging folder, new symlink, deletion
 *
 * A run writes and fsyncs a staging folder, renames it to its final name, and renames a
 * new symlink over `out`, which POSIX makes atomic. The pid in every name keeps cleaners
 * off work in flight: only a folder's owner ever points `out` at it, so once the owner is
 * dead and `out` points elsewhere, nothing will point at it again and it may go.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

/** A write that failed; its message is one line, and the old output is in place. */
export class PublishError extends Error {}

/**
 * Test hook: NIGER_DATA_FAULT=<point> kills the run with SIGKILL at that point, and
 * <point>:fail makes it fail there as a write error would. The points, in order:
 * staging (after each file), staged, linked, moved-aside (old layout only), switched,
 * cleaning; failing makes sense up to moved-aside.
 */
function checkpoint(point: string): void {
  const [at, how] = (process.env.NIGER_DATA_FAULT ?? '').split(':');
  if (at !== point) return;
  if (how === 'fail') throw Object.assign(new Error(`EIO: injected failure at ${point}`), { code: 'EIO' });
  process.kill(process.pid, 'SIGKILL');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function layout(out: string) {
  const parent = dirname(out);
  const base = basename(out);
  // The legacy names are the leftovers of the rename-a-folder layout this one replaced.
  const entry = new RegExp(`^\\.${escape(base)}-(staging-|retired-)?(\\d+)(?:-[0-9a-z]+-[0-9a-f]+)?(\\.tmp|\\.link|\\.trash)?$`);
  return {
    parent,
    /** A name no other run will pick, owned by this process. */
    fresh: () => `.${base}-${process.pid}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`,
    /** Owner pid and suffix of one of our entries in `parent`, or null for anything else. */
    parse: (name: string) => {
      const m = entry.exec(name);
      return m ? { pid: Number(m[2]), suffix: m[1] === 'staging-' ? '.tmp' : (m[3] ?? '') } : null;
    },
  };
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The version `out` points at, '' when it is a plain folder (the old layout), null when missing or dangling. */
function current(out: string): string | null {
  try {
    if (!lstatSync(out).isSymbolicLink()) return '';
    const target = readlinkSync(out);
    statSync(out);
    return target;
  } catch {
    return null;
  }
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function writeDurably(path: string, text: string): void {
  const fd = openSync(path, 'wx');
  try {
    writeFileSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function sameContent(dir: string, modules: ReadonlyMap<string, string>): boolean {
  try {
    const files = readdirSync(dir).sort();
    if (files.join('\n') !== [...modules.keys()].sort().join('\n')) return false;
    return files.every((f) => readFileSync(join(dir, f), 'utf8') === modules.get(f));
  } catch {
    return false;
  }
}

/** Runs `fn` and ignores its failure: for tidying up, which must not hide the real error. */
function attempt(fn: () => void): void {
  try {
    fn();
  } catch {
    // Left for the next run's clean().
  }
}

/**
 * Points `out` at `version`, a sibling: a new symlink renamed over it in one step. A
 * folder of the old layout cannot be swapped for a symlink in one rename, so it moves
 * aside first, as a version of this run, with nothing left to do but the one rename
 * between. Killed right there, `out` is missing until the next run, passing or failing,
 * repairs it from that version.
 */
function link(out: string, version: string, fresh: () => string): void {
  const parent = dirname(out);
  const temp = join(parent, `${fresh()}.link`);
  symlinkSync(version, temp);
  let aside: string | null = null;
  try {
    checkpoint('linked');
    if (current(out) === '') {
      aside = join(parent, fresh());
      renameSync(out, aside);
      checkpoint('moved-aside');
    }
    renameSync(temp, out);
  } catch (e) {
    attempt(() => rmSync(temp, { force: true }));
    const moved = aside;
    if (moved && current(out) === null) attempt(() => renameSync(moved, out));
    throw e;
  }
  fsyncPath(parent);
}

/**
 * When `out` is missing or dangling (a run killed on its first switch from the old
 * layout, or a hand-deleted folder), links the newest complete version left by a dead
 * run. It is renamed to this run's name first, so no cleaner takes it meanwhile.
 * Best effort: never throws.
 */
export function repair(out: string): boolean {
  if (current(out) !== null) return false;
  const { parent, fresh, parse } = layout(out);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return false;
  }
  const versions = names
    .filter((n) => {
      const p = parse(n);
      return p !== null && p.suffix === '' && !isAlive(p.pid);
    })
    .map((n) => ({ n, time: lstatSync(join(parent, n), { throwIfNoEntry: false }) }))
    .filter((v) => v.time?.isDirectory())
    .sort((a, b) => (b.time?.mtimeMs ?? 0) - (a.time?.mtimeMs ?? 0));
  for (const { n } of versions) {
    const mine = fresh();
    try {
      renameSync(join(parent, n), join(parent, mine));
    } catch {
      continue; // a cleaner or another repair got there first
    }
    try {
      link(out, mine, fresh);
      return true;
    } catch {
      return false; // the version stays, for the next run to try again
    }
  }
  return false;
}

/**
 * Best effort: removes versions, staging folders and symlinks that nothing points at and
 * no live run owns. The owner is checked before `out`, so `out` cannot turn to the entry
 * in between; claiming by rename lets two cleaners race safely.
 */
export function clean(out: string): void {
  const { parent, fresh, parse } = layout(out);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const p = parse(name);
    if (!p || (p.pid !== process.pid && isAlive(p.pid))) continue;
    const now = current(out);
    // With `out` missing, the versions left are what repair() needs.
    if (now === null) return;
    if (now === name) continue;
    try {
      const doomed = join(parent, `${fresh()}.trash`);
      renameSync(join(parent, name), doomed);
      checkpoint('cleaning');
      rmSync(doomed, { recursive: true, force: true });
    } catch {
      // Gone already, or claimed by another cleaner.
    }
  }
}

/**
 * Writes `modules` as a new version and points `out` at it. Returns false when `out`
 * already holds exactly these modules. Throws PublishError, with the old output in place.
 */
export function publish(out: string, modules: ReadonlyMap<string, string>): boolean {
  const { parent, fresh } = layout(out);
  const mine = fresh();
  const staging = join(parent, `${mine}.tmp`);
  try {
    mkdirSync(parent, { recursive: true });
    repair(out);
    // A folder in the old layout is replaced even when its modules are the same.
    if (current(out) && sameContent(out, modules)) {
      clean(out);
      return false;
    }
    mkdirSync(staging);
    for (const [name, text] of modules) {
      writeDurably(join(staging, name), text);
      checkpoint('staging');
    }
    fsyncPath(staging);
    renameSync(staging, join(parent, mine));
    fsyncPath(parent);
    checkpoint('staged');
    link(out, mine, fresh);
  } catch (e) {
    // Drop what this run made; the old output was never touched.
    if (current(out) !== mine) attempt(() => rmSync(join(parent, mine), { recursive: true, force: true }));
    attempt(() => rmSync(staging, { recursive: true, force: true }));
    const reason = (e as Error).message.split('\n')[0];
    throw new PublishError(`Could not write ${relative(process.cwd(), out) || out}: ${reason}`, { cause: e });
  }
  checkpoint('switched');
  clean(out);
  return true;
}
