// @ts-check
import { defineConfig } from 'astro/config';

// Static output only: every chart is rendered to SVG at build time.
export default defineConfig({
  output: 'static',
  site: 'https://niger-explainer.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // No inline scripts: a strict Content-Security-Policy allows scripts from the site's own files only.
  vite: { build: { assetsInlineLimit: 0 } },
});
