import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';

export const DATA_DIR = resolve(import.meta.dirname, '../../data');

/** A scratch copy of data/ to break on purpose. */
export function copyData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'niger-data-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

export function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

export function write(dir: string, file: string, text: string): void {
  writeFileSync(join(dir, file), text);
}

/** Replaces one field of the first data row matching `where` (given the row's fields), keeping every other line byte for byte. Returns the 1-based line. */
export function editField(dir: string, file: string, where: (fields: string[]) => boolean, column: string, value: string): number {
  const lines = read(dir, file).split('\n');
  const header = (lines[0] ?? '').split(',');
  const index = header.indexOf(column);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const fields = Papa.parse<string[]>(line).data[0] ?? [];
    if (fields.length === header.length && where(fields)) {
      fields[index] = value;
      lines[i] = Papa.unparse([fields], { newline: '' });
      write(dir, file, lines.join('\n'));
      return i + 1;
    }
  }
  throw new Error(`no row to edit in ${file}`);
}

/** Writes raw bytes, for files in another encoding. */
export function writeBytes(dir: string, file: string, bytes: Uint8Array): void {
  writeFileSync(join(dir, file), bytes);
}

/** Keeps only the header row of a file. */
export function keepHeader(dir: string, file: string): void {
  write(dir, file, `${read(dir, file).split('\n')[0]}\n`);
}

/** Puts something that is not a regular file where `file` was: a FIFO, a folder or a symlink to `target`. */
export function replaceWith(dir: string, file: string, what: 'fifo' | 'dir' | { symlink: string }): void {
  const path = join(dir, file);
  rmSync(path);
  if (what === 'fifo') execFileSync('mkfifo', [path]);
  else if (what === 'dir') mkdirSync(path);
  else symlinkSync(what.symlink, path);
}
