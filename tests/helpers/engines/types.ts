/**
 * One small interface over three browser engines, so the smoke suite is written once:
 * Chromium (playwright-core), Firefox (puppeteer-core over WebDriver BiDi) and WebKit
 * (selenium-webdriver with WebKitGTK's WebKitWebDriver). Only what the suite needs.
 */
export type EngineName = 'chromium' | 'firefox' | 'webkit';
export type Motion = 'reduce' | 'no-preference';
export type Key = 'Tab' | 'Escape';

export interface Viewport {
  width: number;
  height: number;
}

/** A script run in the page: a function and one serialisable argument. */
export type PageFunction<A, T> = (arg: A) => T | Promise<T>;

export interface Tab {
  /** A fresh load of the address (a cold load, even where only the fragment differs). */
  open(url: string): Promise<void>;
  evaluate<A, T>(fn: PageFunction<A, T>, arg: A): Promise<T>;
  /** Runs in the document of the iframe the selector names. */
  evaluateInFrame<A, T>(frame: string, fn: PageFunction<A, T>, arg: A): Promise<T>;
  /** A real click (pointer input), at the element's centre after scrolling it into view. */
  click(selector: string): Promise<void>;
  /** A real key press sent to the focused element. */
  press(key: Key): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Console errors, uncaught errors and failed loads seen since the tab opened. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** The engine's own version string, as the browser reports it. */
  version: string;
  motion: Motion;
  newTab(viewport: Viewport): Promise<Tab>;
  close(): Promise<void>;
}

/** Polls a page condition until it holds; the last value is in the error. */
export async function waitUntil<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    // A read taken while the page navigates may find no document yet (Firefox: documentElement
    // is null); that is "not yet", not a failure, until the time is up.
    const last = await read().then((value) => ({ value }), (error: unknown) => ({ error }));
    if ('value' in last && ok(last.value)) return last.value;
    if (Date.now() > end) {
      const seen = 'value' in last ? `last value: ${JSON.stringify(last.value)}` : `last error: ${String(last.error)}`;
      throw new Error(`timed out waiting for ${what}; ${seen}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
