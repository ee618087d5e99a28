/**
 * Per-page sequence for element ids (tooltips, summaries). Pages render one after the
 * other during the build, so the ids are the same on every build.
 */
const counters = new Map<string, number>();

export function nextId(page: string, prefix: string): string {
  const key = `${page}|${prefix}`;
  const n = (counters.get(key) ?? 0) + 1;
  counters.set(key, n);
  return `${prefix}-${n}`;
}

/** True the first time a render asks for `key`: for markup a page needs once (shared SVG shapes). Pass Astro.locals, which lives for one page render. */
export function firstInRender(locals: object, key: string): boolean {
  const seen = ((locals as { __once?: Set<string> }).__once ??= new Set<string>());
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}
