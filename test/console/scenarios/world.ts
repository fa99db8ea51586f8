import type { Browser } from 'playwright-core';
import type { ConsolePlatform } from '../support/console-platform';

/** What every scenario works with: the platform of this run and one browser (contexts are per person). */
export interface ConsoleWorld {
  platform: ConsolePlatform;
  browser: Browser;
}

export type World = () => ConsoleWorld;
