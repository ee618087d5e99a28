/**
 * WebKit, Safari's engine, as WebKitGTK: Debian's WebKitWebDriver drives its MiniBrowser
 * in a virtual X display (Xvfb). Its window is at least 447 px wide, so a phone is a
 * 390 px iframe on the probe proxy's phone frame; every script then runs inside it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { WEBKIT_BROWSER_PATH, WEBKIT_DRIVER_PATH, XVFB_PATH } from '../../../scripts/lib/tools.ts';
import { PHONE_PATH, PROBE_KEY } from './probe-proxy.ts';
import { waitUntil, type Engine, type Motion, type PageFunction, type Tab, type Viewport } from './types.ts';

const MIN_WINDOW_WIDTH = 447;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a free display; it writes the display number it took to a pipe. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(XVFB_PATH, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    xvfb.once('error', reject);
    xvfb.stdio[3]!.once('data', (d: Buffer) => resolve({ display: `:${d.toString().trim()}`, process: xvfb }));
  });
}

async function waitForDriver(port: number): Promise<void> {
  await waitUntil(
    () => fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false),
    Boolean,
    'WebKitWebDriver to start',
  );
}

// A function's source, called with one argument; WebDriver waits for a returned promise.
const call = (fn: PageFunction<unknown, unknown>) => `return (${fn.toString()})(arguments[0]);`;

function tab(driver: WebDriver, viewport: Viewport): Tab {
  const phone = viewport.width < MIN_WINDOW_WIDTH;
  const evaluate = <A, T>(fn: PageFunction<A, T>, arg: A) => driver.executeScript<T>(call(fn as PageFunction<unknown, unknown>), arg);
  const seen: string[] = [];
  // Takes what the probe recorded for the current origin (about:blank has no storage).
  const drain = async () => {
    const found = await evaluate((key: string) => {
      const list = JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[];
      sessionStorage.removeItem(key);
      return list;
    }, PROBE_KEY).catch(() => []);
    seen.push(...found);
  };
  return {
    open: async (url) => {
      await drain();
      if (!phone) {
        await driver.get('about:blank');
        await driver.get(url);
        return;
      }
      await driver.switchTo().defaultContent();
      await driver.get(new URL(`${PHONE_PATH}?${new URLSearchParams({ src: url, w: String(viewport.width), h: String(viewport.height) })}`, url).href);
      const frame = await driver.findElement(By.css('iframe'));
      await waitUntil(() => driver.executeScript<boolean>('return document.body.dataset.loaded === "yes"'), Boolean, 'the phone frame to load');
      await driver.switchTo().frame(frame);
      if ((await evaluate(() => document.querySelector('main'), null)) === null) throw new Error(`${url} did not load in the phone frame (is it served through the probe proxy?)`);
    },
    evaluate,
    evaluateInFrame: async (selector, fn, arg) => {
      await driver.switchTo().frame(await driver.findElement(By.css(selector)));
      try {
        return await evaluate(fn, arg);
      } finally {
        await driver.switchTo().parentFrame();
      }
    },
    click: async (selector) => {
      const element = await driver.findElement(By.css(selector));
      // WebKit does not anchor the scroll: parts laid out as they come near can move the
      // element after it is scrolled to. Click once it holds still, as a reader would.
      const top = () => driver.executeScript<number>('arguments[0].scrollIntoView({ block: "center", behavior: "instant" }); return arguments[0].getBoundingClientRect().top', element);
      let last = await top();
      await waitUntil(async () => [last, (last = await top())] as const, ([before, now]) => Math.abs(before - now) < 1, `${selector} to hold still`);
      await element.click();
    },
    press: (key) => driver.actions().sendKeys(key === 'Tab' ? Key.TAB : Key.ESCAPE).perform(),
    screenshot: async (path) => writeFileSync(path, await driver.takeScreenshot(), 'base64'),
    problems: async () => {
      await drain();
      return [...seen];
    },
    close: async () => {
      await driver.switchTo().defaultContent();
      await driver.get('about:blank');
    },
  };
}

/**
 * The reader's motion setting reaches WebKitGTK through GTK's own setting
 * (gtk-enable-animations), read from the browser's configuration folder.
 */
export async function launch(motion: Motion): Promise<Engine> {
  const config = mkdtempSync(join(tmpdir(), 'webkit-config-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'settings.ini'), `[Settings]\ngtk-enable-animations=${motion === 'reduce' ? 'false' : 'true'}\n`);
  const xvfb = await startXvfb();
  const port = await freePort();
  const driverProcess = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: xvfb.display, XDG_CONFIG_HOME: config } });
  await waitForDriver(port);
  const driver = await new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: WEBKIT_BROWSER_PATH, args: ['--automation'] } })
    .build();
  const version = `WebKitGTK ${(await driver.getCapabilities()).get('browserVersion')}`;
  let open: Tab | null = null;
  return {
    name: 'webkit',
    version,
    motion,
    newTab: async (viewport: Viewport) => {
      // One window per session: tabs take turns in it, a new one closes the last.
      await open?.close();
      await driver.manage().window().setRect({ width: Math.max(viewport.width, MIN_WINDOW_WIDTH), height: viewport.height });
      open = tab(driver, viewport);
      return open;
    },
    close: async () => {
      await driver.quit().catch(() => undefined);
      driverProcess.kill();
      xvfb.process.kill();
      rmSync(config, { recursive: true, force: true });
    },
  };
}
