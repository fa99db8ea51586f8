import type { Browser } from 'playwright-core';
import { describeAccessibility } from './scenarios/accessibility';
import { describeAnnualReport } from './scenarios/annual-report';
import { describeApiClients } from './scenarios/api-clients';
import { describeConsortium } from './scenarios/consortium';
import { describeEmailChannel } from './scenarios/email-channel';
import { describeLiveFeed } from './scenarios/live-feed';
import { describeMembers } from './scenarios/members';
import { describeNetworkEvents } from './scenarios/network-events';
import { describeOperations } from './scenarios/operations';
import { describePassport } from './scenarios/passport';
import { describeProgrammeApplications } from './scenarios/programme-applications';
import { describeSignIn } from './scenarios/sign-in';
import type { ConsoleWorld } from './scenarios/world';
import { launchChromium } from './support/browser';
import { ConsolePlatform } from './support/console-platform';

/**
 * The console as people use it, in Debian's chromium, against one real platform started for the
 * whole file. Each scenario lives in scenarios/ and signs its own people in, each in a browser
 * context of their own (separate cookies, as separate people have).
 */
describe('the ICN console', () => {
  let platform: ConsolePlatform | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    [platform, browser] = await Promise.all([ConsolePlatform.start(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    // Logs are kept either way (.local/logs/e2e); E2E_KEEP_DATA=1 keeps the databases for a post-mortem.
    await platform?.stop(process.env['E2E_KEEP_DATA'] !== '1');
  });

  const world = (): ConsoleWorld => {
    if (platform === undefined || browser === undefined) throw new Error('the platform did not start');
    return { platform, browser };
  };

  describeApiClients(world);
  describeSignIn(world);
  describeLiveFeed(world);
  describeEmailChannel(world);
  describePassport(world);
  describeConsortium(world);
  describeProgrammeApplications(world);
  describeMembers(world);
  describeOperations(world);
  describeNetworkEvents(world);
  describeAnnualReport(world);
  describeAccessibility(world);
});
