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
