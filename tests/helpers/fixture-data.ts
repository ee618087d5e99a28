import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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

/** Replaces one field of the first data row matching `where`, keeping everything else byte for byte. */
export function editField(dir: string, file: string, where: (fields: string[]) => boolean, column: string, value: string): number {
  const lines = read(dir, file).split('\n');
  const header = (lines[0] ?? '').split(',');
  const index = header.indexOf(column);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.includes('"')) continue; // keep the helper simple: only unquoted rows
    const fields = line.split(',');
    if (fields.length === header.length && where(fields)) {
      fields[index] = value;
      lines[i] = fields.join(',');
      write(dir, file, lines.join('\n'));
      return i + 1;
    }
  }
  throw new Error(`no row to edit in ${file}`);
}
