/** The page-weight, build-time and Lighthouse budgets (npm run bench; tests/site/budgets.test.ts checks the page weights). */
export const BUDGETS = {
  build_seconds: 60,
  story: { js_kb: 30, total_kb: 200 },
  embed: { js_kb: 10, total_kb: 40 },
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100, lcp_ms: 2000, cls: 0.02, tbt_ms: 100 },
};
