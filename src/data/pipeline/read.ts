import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, statSync, type Stats } from 'node:fs';

/** What a path is, in words, for "expected a regular file, found …". */
function kind(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe), which would block the data step';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'something other than a file';
}

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? String(e);

/**
 * The bytes of a data file, or why it is not a readable regular file. The type is checked
 * with lstat/stat before opening, since opening a FIFO blocks until a writer comes; the
 * open is non-blocking and fstat'ed too, in case the path is swapped in between.
 * A symlink to a regular file is fine.
 */
export function readRegularFile(path: string): { bytes: Buffer } | { problem: string } {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (e) {
    return { problem: code(e) === 'ENOENT' ? 'the file to exist' : `a readable file (${code(e)})` };
  }
  if (stats.isSymbolicLink()) {
    try {
      stats = statSync(path);
    } catch (e) {
      let target = '';
      try {
        target = ` to ${JSON.stringify(readlinkSync(path))}`;
      } catch {
        // Gone since lstat; the message does without the target.
      }
      return { problem: `a regular file, found a symlink${target}, which does not resolve (${code(e)})` };
    }
    if (!stats.isFile()) return { problem: `a regular file, found a symlink to ${kind(stats)}` };
  }
  if (!stats.isFile()) return { problem: `a regular file, found ${kind(stats)}` };
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { problem: `a readable file (${code(e)})` };
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { problem: `a regular file, found ${kind(opened)}` };
    return { bytes: readFileSync(fd) };
  } catch (e) {
    return { problem: `a readable file (${code(e)})` };
  } finally {
    closeSync(fd);
  }
}
