/** The page-weight, build-time and Lighthouse budgets (npm run bench; tests/site/budgets.test.ts checks the page weights). */
export const BUDGETS = {
  build_seconds: 60,
  // Story and region pages (issue 10): JS ≤ 30 KB and everything ≤ 120 KB compressed.
  story: { js_kb: 30, total_kb: 120 },
  embed: { js_kb: 10, total_kb: 40 },
  // Issue 10: Lighthouse mobile ≥ 98 (median of 5) and LCP ≤ 1.2 s on the story and a region page.
  lighthouse: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100, lcp_ms: 1200, cls: 0.02, tbt_ms: 100 },
};
