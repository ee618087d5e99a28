import { launchChromium, watchProblems } from '../browser.ts';
import { pageTab, type DrivenPage } from './page-tab.ts';
import type { Engine, Motion, Viewport } from './types.ts';

export async function launch(motion: Motion): Promise<Engine> {
  const browser = await launchChromium();
  return {
    name: 'chromium',
    version: `Chromium ${browser.version()}`,
    motion,
    newTab: async (viewport: Viewport) => {
      const context = await browser.newContext({ viewport, reducedMotion: motion, isMobile: viewport.width < 600, hasTouch: viewport.width < 600 });
      const page = await context.newPage();
      return pageTab(page as unknown as DrivenPage, watchProblems(page), () => context.close());
    },
    close: () => browser.close(),
  };
}
