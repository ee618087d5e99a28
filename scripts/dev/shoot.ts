/** Dev aid: screenshots of built pages. Usage: node scripts/dev/shoot.ts /path [/other ...] (writes test-results/screenshots/shoot-*.png) */
import { DESKTOP, launchChromium, newContext, PHONE, screenshot, serveDist } from '../../tests/helpers/browser.ts';

const paths = process.argv.slice(2);
const site = await serveDist();
const browser = await launchChromium();
for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
  const context = await newContext(browser, viewport, { javaScriptEnabled: process.env.NOJS ? false : true, colorScheme: process.env.DARK ? 'dark' : 'light' });
  const page = await context.newPage();
  for (const p of paths.length ? paths : ['/']) {
    await page.goto(new URL(p, site.url).href, { waitUntil: 'networkidle' });
    const name_ = `shoot-${name}${p.replace(/[^a-z0-9]+/gi, '-')}`;
    if (process.env.SEL) {
      // One screen from the chosen element: full-page shots of the 80,000 px phone story time out.
      const path = `test-results/screenshots/${name_}-sel.png`;
      await page.locator(process.env.SEL).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(300);
      await page.screenshot({ path });
      console.log(path);
    } else console.log(await screenshot(page, name_));
  }
  await context.close();
}
await browser.close();
await site.close();
