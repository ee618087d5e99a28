/** Dev aid: load a page in Chromium (phone viewport) N times and summarise first paint and long main-thread tasks. */
import { chromium } from 'playwright-core';
import { createStaticServer, listen } from '../lib/static-server.ts';
const DIST = process.env.DIST_DIR ?? 'dist';
const server = createStaticServer(DIST);
const base = await listen(server, 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (let run = 0; run < Number(process.env.RUNS ?? 3); run++) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const page = await ctx.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'loading'] });
  await page.goto(base + (process.argv[2] ?? ''), { waitUntil: 'load' });
  await page.waitForTimeout(1200);
  const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents as any[];
  const t0 = Math.min(...ev.filter((e) => e.name === 'ResourceSendRequest').map((e) => e.ts));
  const fcp = ev.find((e) => e.name === 'firstContentfulPaint');
  const tasks = ev.filter((e) => e.name === 'RunTask' && e.dur > 50000 && e.ts > t0);
  const label = (t: any) => {
    const kids = ev.filter((e) => e.ph === 'X' && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e !== t && e.dur > t.dur * 0.5);
    return kids.map((k) => k.name).filter((n) => !/^(Blink|LocalFrameView|ThreadControllerImpl)/.test(n)).slice(0, 2).join('>');
  };
  console.log(`fcp ${fcp ? ((fcp.ts - t0) / 1000).toFixed(0) : '?'}  blocking ${tasks.reduce((s, t) => s + t.dur / 1000 - 50, 0).toFixed(0)}  ` + tasks.map((t) => `[${((t.ts - t0) / 1000).toFixed(0)} ${(t.dur / 1000).toFixed(0)} ${label(t)}]`).join(' '));
  await ctx.close();
}
await browser.close();
server.close();
