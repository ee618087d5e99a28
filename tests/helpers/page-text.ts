/**
 * A built page's text as a reader sees it: no scripts, styles or figure tips (a figure's tip
 * sits inside its <data> element and would split the sentence around the number), tags
 * removed, entities decoded, spaces of any width collapsed, curly apostrophes made straight.
 */
const TIP_OPEN = '<span class="fig__tip"';

function withoutFigureTips(html: string): string {
  let out = '';
  let from = 0;
  for (let start = html.indexOf(TIP_OPEN); start >= 0; start = html.indexOf(TIP_OPEN, from)) {
    out += html.slice(from, start);
    const spans = /<\/?span\b[^>]*>/g;
    spans.lastIndex = start;
    let depth = 0;
    for (let m = spans.exec(html); m; m = spans.exec(html)) {
      depth += m[0].startsWith('</') ? -1 : 1;
      if (depth === 0) break;
    }
    from = depth === 0 ? spans.lastIndex : html.length;
  }
  return out + html.slice(from);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Whitespace, apostrophes and spaces before punctuation as the comparison ignores them. */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2009\s]+/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/ ([,.;:)])/g, '$1')
    .replace(/\( /g, '(')
    .trim();
}

export function pageText(html: string): string {
  const text = withoutFigureTips(html.replace(/<(script|style|template)\b[^>]*>[^]*?<\/\1>/g, ' '))
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
  return normaliseText(text);
}
