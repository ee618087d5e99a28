/**
 * A source document in RIS (/data/cite/<id>.ris), the tagged format reference managers
 * import: one "TG  - value" line per field, CRLF line ends, TY first and ER last.
 */
import type { Source } from '../../data/types.ts';
import { cslItem, type CslItem } from './csl.ts';

const RIS_TYPES: Record<CslItem['type'], string> = { report: 'RPRT', document: 'GOVDOC', webpage: 'ELEC', 'article-newspaper': 'NEWS' };

/** One line's value: RIS has no continuation lines, so whitespace runs (newlines included) become one space. */
function flat(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** RIS dates are YYYY/MM/DD/ with empty parts left empty ("2022/11//"). */
export function risDate(parts: readonly number[]): string {
  const [y, m, d] = parts;
  const two = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${y}/${two(m)}/${two(d)}/`;
}

export function toRis(source: Source): string {
  const item = cslItem(source);
  const lines: [string, string][] = [['TY', RIS_TYPES[item.type]], ['ID', item.id], ['TI', item.title]];
  for (const a of item.author ?? []) lines.push(['AU', a.literal]);
  lines.push(['PB', item.publisher]);
  const parts = item.issued?.['date-parts'][0];
  if (parts) lines.push(['PY', String(parts[0])], ['DA', risDate(parts)]);
  lines.push(['LA', item.language]);
  if (item.URL) lines.push(['UR', item.URL]);
  if (item.note) lines.push(['N1', item.note]);
  lines.push(['ER', '']);
  return `${lines.map(([tag, value]) => `${tag}  - ${flat(value)}`).join('\r\n')}\r\n`;
}
