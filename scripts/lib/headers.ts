/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages use) and answers which
 * headers a path gets: every matching rule, in order, combined.
 */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = raw.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a rule: ${raw}`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(path);
}

export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

/** Of a response's headers, those some rule sets (lower-case names), to compare with `headersFor`. */
export function ruledHeaders(rules: readonly HeaderRule[], headers: Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const names = new Set(rules.flatMap((r) => r.headers.map(([name]) => name.toLowerCase())));
  return Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string | string[]] => names.has(entry[0].toLowerCase()) && entry[1] !== undefined));
}
