/** An attack's header in the casualty chart, wrapped to the chart's width. */

export interface HeaderPart {
  text: string;
  kind: 'title' | 'attacker';
}

/**
 * Breaks "date · place (department)" and the attacker into lines that fit `width`,
 * breaking only at spaces. With `attackerOwnLine` the attacker always starts a new line.
 */
export function wrapHeader(title: string, attacker: string, width: number, charWidth: number, attackerOwnLine: boolean): HeaderPart[][] {
  const max = Math.max(8, Math.floor(width / charWidth));
  const fill = (text: string, start: number): string[] => {
    const lines: string[] = [];
    let line = '';
    let room = max - start;
    for (const word of text.split(' ')) {
      const next = line === '' ? word : `${line} ${word}`;
      if (next.length > room && line !== '') {
        lines.push(line);
        line = word;
        room = max;
      } else line = next;
    }
    lines.push(line);
    return lines;
  };
  const titleLines = fill(title, 0);
  const result: HeaderPart[][] = titleLines.map((t) => [{ text: t, kind: 'title' }]);
  const last = result[result.length - 1]!;
  const lastLength = titleLines[titleLines.length - 1]!.length;
  if (!attackerOwnLine && lastLength + 3 + attacker.length <= max) {
    last.push({ text: ` · ${attacker}`, kind: 'attacker' });
  } else {
    for (const t of fill(attacker, 0)) result.push([{ text: t, kind: 'attacker' }]);
  }
  return result;
}
