import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium, which the test command installs when missing. */
const CHROMIUM = '/usr/bin/chromium';

/** Headless, and nothing that reaches out on its own (updates, sync, QUIC probes). */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A Chromium with a fresh profile in `dir` (nothing from a previous run or the user's browser). */
export function launchChromium(dir: string, options: { viewport?: { width: number; height: number }; hasTouch?: boolean } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS, ...options });
}
