/** Dev aid: one Lighthouse mobile run of a page in dist/, printing what lies behind LCP and TBT. Usage: node scripts/dev/lh-detail.ts [/path/] */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSiteServer, listen } from '../lib/static-server.ts';

const DIST = process.env.DIST_DIR ?? join(import.meta.dirname, '..', '..', 'dist');
const path = process.argv[2] ?? '/';
const server = createSiteServer(DIST);
const base = await listen(server, 0);
// Warm the server's compression cache, as a host's would be.
await fetch(new URL(path, base), { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer());
const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
try {
  const result = await lighthouse(new URL(path, base).href, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: (process.env.CATS ?? 'performance').split(',') });
  const lhr = result!.lhr;
  writeFileSync('/tmp/lh/last.json', JSON.stringify(lhr));
  const a = lhr.audits;
  if (lhr.runtimeError) console.log('runtimeError', lhr.runtimeError.code, lhr.runtimeError.message.slice(0, 300));
  console.log('score', lhr.categories.performance?.score, 'benchmarkIndex', lhr.environment.benchmarkIndex);
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'cumulative-layout-shift', 'dom-size', 'mainthread-work-breakdown', 'server-response-time']) console.log(id, a[id]?.displayValue, a[id]?.score);
  console.log(JSON.stringify((a['largest-contentful-paint-element']?.details as any)?.items ?? null).slice(0, 1500));
  console.log(JSON.stringify((a['mainthread-work-breakdown']?.details as any)?.items, null, 0));
  console.log(JSON.stringify((a['long-tasks']?.details as any)?.items?.slice(0, 10), null, 0));
  for (const audit of Object.values(a)) if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') console.log('FAILING', audit.id, JSON.stringify((audit.details as any)?.items?.slice(0, 6)?.map((i: any) => [i.node?.selector, i.node?.snippet?.slice(0, 120), i.node?.explanation?.slice(0, 200)])));
  console.log(JSON.stringify((a['network-requests']?.details as any)?.items?.map((i: any) => [i.url.replace(base, '/'), i.transferSize, i.resourceSize]), null, 0));
} finally {
  await chrome.kill();
  server.close();
}
