/** Dictionary templates: `{key}` placeholders filled with text, or split where a component goes. */

/** Fills a template's `{key}` placeholders; an unknown key stays as it is. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** A template as text pieces and `{slot}` markers, in order, for placing components inside a sentence. */
export function pieces(template: string): ({ text: string } | { slot: string })[] {
  return template
    .split(/(\{\w+\})/)
    .filter((p) => p !== '')
    .map((p) => (/^\{\w+\}$/.test(p) ? { slot: p.slice(1, -1) } : { text: p }));
}
