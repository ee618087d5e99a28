/** Dev aid: the forced layout time each chapter adds, on a phone viewport. */
import { chromium } from 'playwright-core';
import { createStaticServer, listen } from '../lib/static-server.ts';
const server = createStaticServer(process.env.DIST_DIR ?? 'dist');
const base = await listen(server, 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
const page = await ctx.newPage();
await page.goto(base + (process.argv[2] ?? ''), { waitUntil: 'load' });
const out = await page.evaluate(() => {
  const secs = [...document.querySelectorAll<HTMLElement>('.story-section, .rp')];
  const res: Record<string, number[]> = {};
  for (let round = 0; round < 5; round++) {
    for (const s of secs) {
      s.style.display = 'none';
      void document.body.offsetHeight;
      const t = performance.now();
      s.style.display = '';
      void document.body.offsetHeight;
      (res[s.id] ??= []).push(performance.now() - t);
    }
  }
  const all = (() => { const t = performance.now(); document.body.style.display = 'none'; void document.body.offsetHeight; document.body.style.display = ''; void document.body.offsetHeight; return performance.now() - t; })();
  return { all, per: Object.fromEntries(Object.entries(res).map(([k, v]) => [k, v.sort((a, b) => a - b)[2]!.toFixed(1)])), height: document.body.scrollHeight };
});
console.log(JSON.stringify(out, null, 1));
await browser.close(); server.close();
