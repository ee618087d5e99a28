/** Dev aid: axe-core report for built pages. Usage: node scripts/dev/axe.ts /path … (NOJS=1, DARK=1 optional) */
import { launchChromium, newContext, serveDist } from '../../tests/helpers/browser.ts';
import { runAxe } from '../../tests/helpers/axe.ts';

const site = await serveDist();
const browser = await launchChromium();
for (const path of process.argv.slice(2)) {
  const context = await newContext(browser, undefined, { javaScriptEnabled: !process.env.NOJS, colorScheme: process.env.DARK ? 'dark' : 'light' });
  const page = await context.newPage();
  await page.goto(new URL(path, site.url).href, { waitUntil: 'networkidle' });
  console.log(path, JSON.stringify(await runAxe(page), null, 1));
  await context.close();
}
await browser.close();
await site.close();
