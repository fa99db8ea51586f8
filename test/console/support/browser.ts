import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../support/service-process';

/** Screenshots of every page, kept after the run (CI keeps .local/artefacts): look at them. */
export const ARTEFACTS_DIR = join(REPO_ROOT, '.local/artefacts/console');

/**
 * Debian's chromium (`apt-get install chromium`, done by .ci/run and scripts/platform.sh's
 * set-up), never a downloaded browser. The flags keep it from calling home: on a closed network
 * every background connection would be refused and retried.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', // CI runs as root, where chromium's sandbox refuses to start
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface ContextOptions {
  /** Narrow screens: 375 px is the smallest the console supports. */
  width?: number;
  /** Only for the accessibility scan, which injects axe-core into pages whose CSP forbids it. */
  bypassCSP?: boolean;
}

export async function newContext(browser: Browser, baseURL: string, options: ContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: options.width ?? 1280, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
    locale: 'en-GB',
    timezoneId: 'Europe/Copenhagen',
  });
  context.setDefaultTimeout(20_000);
  return context;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTEFACTS_DIR, { recursive: true });
  const path = join(ARTEFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
