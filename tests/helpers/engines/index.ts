/** The three engines the smoke suite runs in, each launched with one motion setting. */
import { launch as chromium } from './chromium.ts';
import { launch as firefox } from './firefox.ts';
import type { Engine, EngineName, Motion } from './types.ts';
import { launch as webkit } from './webkit.ts';

export const ENGINES: Record<EngineName, (motion: Motion) => Promise<Engine>> = { chromium, firefox, webkit };
export * from './types.ts';
