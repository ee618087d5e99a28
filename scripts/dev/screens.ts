/** Dev aid: the first N screens of built pages, on a phone (390 × 844) and a desktop. Usage: SCREENS=3 node scripts/dev/screens.ts /path [/other ...] (writes test-results/screenshots/screen-*.png) */
import { mkdirSync } from 'node:fs';
import { ARTEFACTS, DESKTOP, launchChromium, newContext, PHONE, serveDist } from '../../tests/helpers/browser.ts';

const screens = Number(process.env.SCREENS ?? 3);
const site = await serveDist();
const browser = await launchChromium();
mkdirSync(ARTEFACTS, { recursive: true });
for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
  const context = await newContext(browser, viewport, { javaScriptEnabled: !process.env.NOJS });
  const page = await context.newPage();
  for (const p of process.argv.slice(2)) {
    await page.goto(new URL(p, site.url).href, { waitUntil: 'networkidle' });
    for (let i = 0; i < (name === 'phone' ? screens : 1); i++) {
      await page.evaluate((y) => scrollTo(0, y), i * viewport.height);
      await page.waitForTimeout(250);
      const path = `${ARTEFACTS}/screen-${name}${p.replace(/[^a-z0-9]+/gi, '-')}${i + 1}.png`;
      await page.screenshot({ path });
      console.log(path);
    }
  }
  await context.close();
}
await browser.close();
await site.close();
