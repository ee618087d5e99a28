/**
 * npm run bench: builds the site, then reports against the budgets — build time,
 * compressed bytes per page type (HTML, CSS, JS; no web fonts are used), the story's size
 * as a phone reader meets it (words in <main>, height at 390 px without JavaScript, DOM
 * elements; scripts/lib/page-size.ts) and Lighthouse mobile scores for the story in every
 * languages, a region page and one embed, in Debian's Chromium (Lighthouse's median of
 * LIGHTHOUSE_RUNS runs, default 5, and the median LCP), served compressed as a host would.
 * Writes bench/report.json so runs can be compared over time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { BUDGETS } from './lib/budgets.ts';
import { weigh } from './lib/page-weight.ts';
import { createSiteServer, listen } from './lib/static-server.ts';
import { measurePages, PAGE_SIZE_BUDGET } from './lib/page-size.ts';
import { LANGS, langPrefix } from '../src/i18n/lang.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';


function timedBuild(): number {
  const start = performance.now();
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('build failed');
  return (performance.now() - start) / 1000;
}

type LighthouseSummary = {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  lcp_ms: number;
  fcp_ms: number;
  /** Time to interactive: with FCP, what Lighthouse picks its median run by. */
  tti_ms: number;
  cls: number;
  tbt_ms: number;
  failing: string[];
};

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);

/** One Lighthouse run in a fresh Chromium; null when Lighthouse could not record the load (it then asks to be run again). */
async function lighthouseOnce(url: string): Promise<LighthouseSummary | null> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const lhr = result!.lhr;
    if (lhr.runtimeError) return null;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? 0;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      lcp_ms: Math.round(metric('largest-contentful-paint')),
      fcp_ms: Math.round(metric('first-contentful-paint')),
      tti_ms: Math.round(metric('interactive')),
      cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
      tbt_ms: Math.round(metric('total-blocking-time')),
      failing: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    };
  } finally {
    chrome.kill();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Lighthouse's own advice for a noisy machine: several runs, and its median run (the one
 * closest to the median FCP and time to interactive, as computeMedianRun picks it) with the
 * spread. The LCP budget reads the median of the runs' LCPs, every run's LCP listed beside
 * it. Runs that fail to record are retried.
 */
async function lighthouseRuns(urls: string[]) {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  const out: Record<string, unknown> = {};
  for (const url of urls) {
    // A host serves compressed files from its cache; the first request fills ours.
    await fetch(url, { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer());
    const runs: LighthouseSummary[] = [];
    for (let attempt = 0; runs.length < RUNS && attempt < RUNS * 2; attempt++) {
      const run = await lighthouseOnce(url);
      if (run) runs.push(run);
    }
    if (runs.length === 0) {
      out[new URL(url).pathname] = { error: 'Lighthouse could not record a page load' };
      continue;
    }
    // computeMedianRun reads Lighthouse results; each run stands in with the two audits it reads.
    const asResult = (run: LighthouseSummary) => ({ run, audits: { 'first-contentful-paint': { numericValue: run.fcp_ms }, interactive: { numericValue: run.tti_ms } } });
    const medianRun = (computeMedianRun(runs.map(asResult) as never) as unknown as ReturnType<typeof asResult>).run;
    const scores = runs.map((r) => r.performance);
    out[new URL(url).pathname] = {
      ...medianRun,
      lcp_ms: Math.round(median(runs.map((r) => r.lcp_ms))),
      lcp_ms_runs: runs.map((r) => r.lcp_ms),
      runs: runs.length,
      performance_range: [Math.min(...scores), Math.max(...scores)],
    };
  }
  return out;
}

const buildSeconds = timedBuild();
const stories = LANGS.map((lang) => `${langPrefix(lang)}/`);
const pages = {
  ...Object.fromEntries(LANGS.map((lang) => [`story (${lang})`, weigh(DIST, `${langPrefix(lang)}/`)])),
  'share page': weigh(DIST, '/en/s/violence/'),
  'region page': weigh(DIST, '/en/regions/tillaberi/'),
  'sources page': weigh(DIST, '/en/sources/'),
  'embed (bar chart)': weigh(DIST, '/en/embed/violence-by-type/'),
  'embed (map)': weigh(DIST, '/en/embed/region-map/'),
  'embed (map, fr)': weigh(DIST, '/fr/embed/region-map/'),
};

const server = createSiteServer(DIST);
const base = await listen(server, 0);
// The story is what the size budgets are for; the region and sources pages are measured alongside, for comparison.
const everyLang = (path: string) => stories.map((story) => new URL(`.${story}${path}`, base).href);
const sizes = await measurePages([...everyLang(''), ...everyLang('regions/tillaberi/'), ...everyLang('sources/')], CHROMIUM);
const lighthouseResults = await lighthouseRuns([...everyLang(''), `${base}en/regions/tillaberi/`, `${base}en/embed/violence-by-type/`]);
server.close();

const over: string[] = [];
if (buildSeconds > BUDGETS.build_seconds) over.push(`build ${buildSeconds.toFixed(1)} s`);
for (const [name, p] of Object.entries(pages)) {
  const budget = name.startsWith('embed') ? BUDGETS.embed : name.startsWith('story') || name === 'region page' ? BUDGETS.story : null;
  if (!budget) continue;
  if (p.js_kb.gzip > budget.js_kb) over.push(`${name}: JS ${p.js_kb.gzip} KB`);
  if (p.total_kb.gzip > budget.total_kb) over.push(`${name}: total ${p.total_kb.gzip} KB`);
}
for (const page of stories) {
  const size = sizes[page]!;
  for (const key of Object.keys(PAGE_SIZE_BUDGET) as (keyof typeof PAGE_SIZE_BUDGET)[]) if (size[key] > PAGE_SIZE_BUDGET[key]) over.push(`story ${page}: ${key} ${size[key]}`);
}
for (const [page, r] of Object.entries(lighthouseResults)) {
  if (typeof r !== 'object' || r === null) continue;
  if ('error' in r) {
    over.push(`${page}: ${String((r as { error: string }).error)}`);
    continue;
  }
  const res = r as Record<string, number>;
  const b = BUDGETS.lighthouse;
  // Embeds are noindex on purpose (they live inside other sites' articles), so SEO does not apply to them.
  const categories = page.includes('/embed/') ? (['performance', 'accessibility', 'best-practices'] as const) : (['performance', 'accessibility', 'best-practices', 'seo'] as const);
  for (const cat of categories) if ((res[cat] ?? 0) < b[cat]) over.push(`${page}: ${cat} ${res[cat]}`);
  if ((res.lcp_ms ?? 0) > b.lcp_ms) over.push(`${page}: LCP ${res.lcp_ms} ms`);
  if ((res.cls ?? 0) > b.cls) over.push(`${page}: CLS ${res.cls}`);
  if ((res.tbt_ms ?? 0) > b.tbt_ms) over.push(`${page}: TBT ${res.tbt_ms} ms`);
}

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const report = { commit, measured_at: new Date().toISOString(), budgets: { ...BUDGETS, story_size: PAGE_SIZE_BUDGET }, build_seconds: Math.round(buildSeconds * 10) / 10, pages, page_size_390: sizes, lighthouse_mobile: lighthouseResults, over_budget: over };
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify({ build_seconds: report.build_seconds, page_size_390: sizes, pages: Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, { js_gzip_kb: v.js_kb.gzip, total_gzip_kb: v.total_kb.gzip }])), lighthouse_mobile: lighthouseResults }, null, 2));
console.log(over.length === 0 ? 'All budgets met.' : `Over budget:\n  ${over.join('\n  ')}`);
