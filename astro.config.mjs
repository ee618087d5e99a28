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
});
