import { describe, expect, it } from 'vitest';
import { parseSiteUrl, siteOrigin } from '../../scripts/lib/site-url.ts';

describe('siteOrigin(env)', () => {
  it('is SITE_URL’s origin, or where npm start serves', () => {
    expect(siteOrigin({ SITE_URL: 'https://example.org' })).toBe('https://example.org');
    expect(siteOrigin({ SITE_URL: 'https://Example.org:8443/' })).toBe('https://example.org:8443');
    expect(siteOrigin({})).toBe('http://localhost:4321');
    expect(siteOrigin({ SITE_URL: '' })).toBe('http://localhost:4321');
  });

  it.each(['example.org', '/niger/', 'ftp://example.org', 'https://example.org/niger/', 'https://example.org/?', 'https://example.org/#top', 'https://user:pw@example.org'])('refuses %s', (value) => {
    expect(() => parseSiteUrl(value)).toThrow(`SITE_URL must be the site's origin, an absolute http(s) URL with no path, query or fragment, like https://example.org (got "${value}")`);
  });
});
