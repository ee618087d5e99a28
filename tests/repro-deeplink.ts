import { launchChromium, serveDist, newContext, PHONE, DESKTOP } from './helpers/browser.ts';
const site = await serveDist();
const browser = await launchChromium();
for (const motion of ['no-preference', 'reduce'] as const) {
  for (const vp of [PHONE, DESKTOP]) {
    const ctx = await newContext(browser, vp, { reducedMotion: motion });
    const page = await ctx.newPage();
    for (const id of ['tillaberi', 'violence', 'region-map', 'diffa', 'displacement', 'sources']) {
      await page.goto(`${site.url}en/#${id}`);
      await page.waitForTimeout(2500);
      const r = await page.evaluate((id) => ({ top: Math.round(document.getElementById(id)!.getBoundingClientRect().top), hash: location.hash, y: scrollY }), id);
      console.log(motion, vp.width, id, JSON.stringify(r));
    }
    await ctx.close();
  }
}
await browser.close(); await site.close();
