/**
 * Design tokens for build-time images (share cards, PNG downloads), read from the one
 * place they are defined, src/styles/tokens.css: the light scheme's custom properties.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let cache: Record<string, string> | null = null;

export function parseTokens(css: string): Record<string, string> {
  const root = css.match(/:root\s*\{([\s\S]*?)\n\}/)?.[1] ?? '';
  const tokens: Record<string, string> = {};
  for (const m of root.matchAll(/--([\w-]+):\s*([^;]+);/g)) {
    const value = m[2]!.trim();
    // light-dark(a, b): build-time images use the light value.
    tokens[m[1]!] = value.match(/^light-dark\(\s*([^,]+),/)?.[1]?.trim() ?? value;
  }
  return tokens;
}

export function lightTokens(): Record<string, string> {
  cache ??= parseTokens(readFileSync(join(process.cwd(), 'src/styles/tokens.css'), 'utf8'));
  return cache;
}

export function token(name: string): string {
  const value = lightTokens()[name];
  if (!value) throw new Error(`Unknown design token --${name}`);
  return value;
}
