/**
 * The site's public origin, read from SITE_URL at build time (astro.config.mjs). Canonical
 * links, share cards, oEmbed and embed snippets all point at it.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** The origin SITE_URL names, or an error that says what is wrong with it. */
export function parseSiteUrl(value: string): URL {
  const problem = `SITE_URL must be the site's origin, an absolute http(s) URL with no path, query or fragment, like https://example.org (got "${value}")`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(problem);
  }
  const extra = url.pathname !== '/' || /[?#]/.test(value) || url.username !== '' || url.password !== '';
  if (!/^https?:$/.test(url.protocol) || extra) throw new Error(problem);
  return url;
}

/** The site origin for this build: SITE_URL, or the address `npm start` serves. */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
  return parseSiteUrl(env.SITE_URL || DEFAULT_SITE_URL).origin;
}
