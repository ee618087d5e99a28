/**
 * Data files are UTF-8. Anything else is refused with the encoding it looks like and how
 * to convert it, since a Windows-1252 file would otherwise publish "Tillab�ri" and a
 * UTF-16 one fails as a dozen header errors full of NUL characters.
 */
import { isUtf8 } from 'node:buffer';
import Papa from 'papaparse';
import { dataError, type DataError } from './errors.ts';

const BOMS: [bytes: number[], encoding: string, iconv: string | null, decoder: string | null][] = [
  // UTF-32 first: its little-endian mark starts with UTF-16's.
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32 LE', 'UTF-32LE', null],
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32 BE', 'UTF-32BE', null],
  [[0xff, 0xfe], 'UTF-16 LE', 'UTF-16LE', 'utf-16le'],
  [[0xfe, 0xff], 'UTF-16 BE', 'UTF-16BE', 'utf-16be'],
];

const hex = (byte: number) => byte.toString(16).toUpperCase().padStart(2, '0');
const lineAt = (bytes: Buffer, offset: number) => {
  let line = 1;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) line++;
  return line;
};

function howToConvert(file: string, from: string): string {
  const name = file.split('/').pop();
  const iconv = `convert it with \`iconv -f ${from} -t UTF-8 ${file} > /tmp/${name} && mv /tmp/${name} ${file}\``;
  return file.endsWith('.csv') ? `${iconv}, or save it as "CSV UTF-8" in the spreadsheet program` : iconv;
}

/** The first line, decoded the way the file seems to be encoded, to show it reads fine that way. */
function firstLine(bytes: Buffer, decoder: string | null): string | null {
  if (!decoder) return null;
  return new TextDecoder(decoder).decode(bytes).split(/\r?\n/, 1)[0] ?? null;
}

/** UTF-16 without a byte-order mark shows as ASCII letters alternating with NUL bytes. */
function utf16ByNuls(bytes: Buffer): 'LE' | 'BE' | null {
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? odd++ : even++;
  const pairs = sample.length / 2;
  if (odd > pairs * 0.3 && even < odd / 4) return 'LE';
  if (even > pairs * 0.3 && odd < even / 4) return 'BE';
  return null;
}

/** Byte offset of the first invalid UTF-8 sequence: where lenient decoding put a U+FFFD that the bytes do not spell. */
function firstInvalidByte(bytes: Buffer): number {
  const text = bytes.toString('utf8');
  let byte = 0;
  let char = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) {
    byte += Buffer.byteLength(text.slice(char, i));
    if (bytes[byte] !== 0xef || bytes[byte + 1] !== 0xbf || bytes[byte + 2] !== 0xbd) return byte;
    byte += 3;
    char = i + 1;
  }
  return -1;
}

/**
 * The CSV column and cell holding character `offset` of `text`. In a single-byte
 * encoding characters are bytes, so the offset of the bad byte is the offset here.
 */
function cellAt(text: string, offset: number): { column: string | null; value: string } | null {
  let header: string[] | null = null;
  let start = 0;
  let found: { column: string | null; value: string } | null = null;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step: (result, parser) => {
      const end = result.meta.cursor;
      if (offset < end) {
        const index = Math.max(0, (Papa.parse<string[]>(text.slice(start, offset + 1), { delimiter: ',' }).data[0]?.length ?? 1) - 1);
        found = { column: header ? (header[index]?.trim() ?? null) : null, value: result.data[index] ?? '' };
        parser.abort();
      }
      // A UTF-8 byte-order mark reads as "ï»¿" here.
      header ??= result.data.map((h, i) => (i === 0 ? h.replace(/^\u00EF\u00BB\u00BF/, '') : h));
      start = end;
    },
  });
  return found;
}

/**
 * Decodes a data file as UTF-8 (a UTF-8 byte-order mark is dropped), or says which
 * encoding it looks like and how to convert it.
 */
export function decodeUtf8(file: string, bytes: Buffer): { text: string } | { error: DataError } {
  const expected = (why: string, from: string | null) => `UTF-8 text; ${why}${from ? `: ${howToConvert(file, from)}` : ''}`;
  for (const [mark, encoding, iconv, decoder] of BOMS) {
    if (mark.every((b, i) => bytes[i] === b)) {
      const why = `the file is ${encoding} (byte-order mark ${mark.map(hex).join(' ')})`;
      return { error: dataError(file, 1, null, firstLine(bytes.subarray(mark.length), decoder), expected(why, iconv)) };
    }
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const order = utf16ByNuls(bytes);
    if (order) {
      const why = `the file looks like UTF-16 ${order} without a byte-order mark (every other byte is NUL)`;
      return { error: dataError(file, 1, null, firstLine(bytes, `utf-16${order.toLowerCase()}`), expected(why, `UTF-16${order}`)) };
    }
    return { error: dataError(file, lineAt(bytes, nul), null, null, 'text without NUL bytes; found one, so this looks like a binary file, not CSV or JSON') };
  }
  if (isUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes) };

  const offset = firstInvalidByte(bytes);
  const legacy = new TextDecoder('windows-1252').decode(bytes);
  const cell = file.endsWith('.csv') ? cellAt(legacy, offset) : null;
  const why = `byte 0x${hex(bytes[offset] ?? 0)} is not UTF-8, and the file looks like Windows-1252 (Latin-1)`;
  return { error: dataError(file, lineAt(bytes, offset), cell?.column ?? null, cell?.value ?? null, expected(why, 'WINDOWS-1252')) };
}
