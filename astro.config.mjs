// @ts-check
import { defineConfig } from 'astro/config';
import markdoc from '@astrojs/markdoc';
import { siteOrigin } from './scripts/lib/site-url.ts';

// Static output only: every chart is rendered to SVG at build time.
export default defineConfig({
  output: 'static',
  // Canonical links, share cards, oEmbed and embed snippets: SITE_URL=https://example.org npm run build.
  site: siteOrigin(),
  trailingSlash: 'always',
  // The site's one stylesheet is inlined in every page: the first paint then waits for no second request
  // (on a slow phone network, a second connection's round trips). Astro writes each page a CSP <meta> with
  // the hash of its <style> and of its scripts; the header policy (scripts/lib/site-headers.ts) defers to it.
  build: { format: 'directory', inlineStylesheets: 'always' },
  security: { csp: true },
  // Dutch at the root, English under /en/: getRelativeLocaleUrl() builds every link between them.
  i18n: { locales: ['nl', 'en', 'fr'], defaultLocale: 'nl', routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false } },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Chapter prose: src/content/**/*.mdoc, with the tags markdoc.config.mjs declares.
  integrations: [markdoc()],
  // No inline scripts: a strict Content-Security-Policy allows scripts from the site's own files only.
  // One stylesheet for the whole site: the same inline <style> (and hash) in every page.
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
});
