/**
 * The stylesheet is inline in every page (astro.config.mjs) and the header policy allows
 * inline styles only because each page's own CSP <meta> narrows them to its stylesheet's
 * hash (scripts/lib/site-headers.ts). So every page needs that meta, ahead of its first
 * style and script, naming the hash of each of its <style> elements, and no 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { distFiles, readDist } from '../helpers/dist.ts';

const PAGES = distFiles().filter((p) => p.endsWith('.html'));
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function policyOf(html: string): { at: number; directives: Map<string, string[]> } | null {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  if (!meta) return null;
  const directives = new Map(
    meta[1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
  return { at: meta.index, directives };
}

describe('the CSP meta of every page', () => {
  it('exists for every HTML page', () => {
    expect(PAGES.length).toBeGreaterThan(100);
    expect(PAGES.filter((p) => !policyOf(readDist(p)))).toEqual([]);
  });

  it.each(PAGES)('%s: comes before its styles and scripts and allows exactly its styles', (path) => {
    const html = readDist(path);
    const policy = policyOf(html)!;
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)];
    const firstStyle = styles[0]?.index ?? Infinity;
    const firstScript = html.search(/<script\b/);
    expect(policy.at).toBeLessThan(firstStyle);
    if (firstScript >= 0) expect(policy.at).toBeLessThan(firstScript);
    const styleSources = policy.directives.get('style-src') ?? [];
    expect(styleSources).not.toContain("'unsafe-inline'");
    expect(policy.directives.get('script-src') ?? []).not.toContain("'unsafe-inline'");
    for (const [, text] of styles) expect(styleSources).toContain(hashOf(text!));
  });
});
