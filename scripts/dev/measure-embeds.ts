/** Dev aid: content height of every embed at phone and desktop column widths, for the catalog's embed heights. */
import { CHARTS } from '../../src/charts/catalog.ts';
import { launchChromium, newContext, serveDist } from '../../tests/helpers/browser.ts';

const site = await serveDist();
const browser = await launchChromium();
for (const [name, width] of [['narrow', 360], ['wide', 720]] as const) {
  const context = await newContext(browser, { width, height: 800 });
  const page = await context.newPage();
  for (const chart of CHARTS) {
    let max = 0;
    for (const lang of ['', '/en']) {
      await page.goto(new URL(`${lang}/embed/${chart.id}/`, site.url).href, { waitUntil: 'networkidle' });
      max = Math.max(max, await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)));
    }
    console.log(`${chart.id} ${name} ${max} (catalog ${chart.embedHeight[name]})`);
  }
  await context.close();
}
await browser.close();
await site.close();
