import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { expectStatus } from '../../support/http-client';
import { clusterManagerToken } from '../../support/tokens';
import { blockingViolations } from '../support/accessibility';
import { newContext, screenshot } from '../support/browser';
import { signIn } from '../support/sign-in';
import type { World } from './world';

const DAY_MS = 24 * 3600 * 1000;
const dayFromNow = (days: number): string => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/**
 * Issue 14's network events in the console: the host cluster's manager schedules a one-seat
 * workshop (a 400 under the field first); a member of the host cluster takes the seat, a member of
 * the other cluster is wait-listed at rank 1 and sees only its own cluster's registrations; the
 * first cancels, and the second — on reload — holds the seat and downloads its calendar.ics; the host
 * sees the whole list and cancels the event, which the member sees with its reason. An event that
 * starts today gets its attendance recorded by the host and is then held (with nobody registered:
 * registration closes on the first day, and the service's clock cannot be moved).
 */
export function describeNetworkEvents(world: World): void {
  describe('network events', () => {
    let manager: BrowserContext;
    let memberA: BrowserContext;
    let memberB: BrowserContext;
    let host: Page;
    let first: Page;
    let second: Page;
    let eventPath = '';
    const title = `Heat pump workshop ${Date.now().toString(36)}`;

    beforeAll(async () => {
      const { platform, browser } = world();
      // bypassCSP: the form, an event's page and its run panel are scanned by axe-core, which is injected.
      [manager, memberA, memberB] = await Promise.all([0, 1, 2].map(() => newContext(browser, platform.consoleUrl, { bypassCSP: true })));
      [host, first, second] = await Promise.all([
        signIn(manager, platform.personas.managerA, '/network-events/new'),
        signIn(memberA, platform.personas.memberA, '/network-events'),
        signIn(memberB, platform.personas.memberB, '/network-events'),
      ]);
    });

    afterAll(async () => {
      await Promise.all([manager?.close(), memberA?.close(), memberB?.close()]);
    });

    const ownRows = (page: Page) => page.locator('section[aria-labelledby="own-registrations"] tbody tr');
    const listRows = (page: Page) => page.locator('section[aria-labelledby="registration-list"] tbody tr');

    it('lets the host cluster’s manager schedule an event, with the API’s 400 under its field', async () => {
      await host.getByLabel('Kind').selectOption('workshop');
      await host.getByLabel(/^Title/).fill(title);
      await host.getByLabel('Description').fill('Large heat pumps for district heating: a hands-on day.');
      await host.getByLabel(/^Venue/).fill('Aarhus Energy House');
      await host.getByLabel(/^City/).fill('Aarhus');
      await host.getByLabel(/^Country/).fill('dk');
      await host.getByLabel('Time zone of the event').selectOption('Europe/Copenhagen');
      await host.getByLabel(/^First day/).fill(dayFromNow(10));
      await host.getByLabel(/^Last day/).fill(dayFromNow(11));
      const seats = host.getByLabel(/^Seats/);
      await seats.fill('0');
      await host.getByRole('button', { name: 'Schedule event' }).click();
      const invalid = host.locator('.field.invalid', { has: seats });
      await invalid.locator('.field-error').waitFor();
      expect(await invalid.locator('.field-error').textContent()).toMatch(/less than 1/);
      await screenshot(host, 'network-event-400');
      expect(await blockingViolations(host)).toBe('');

      await seats.fill('1');
      await host.getByRole('button', { name: 'Schedule event' }).click();
      await host.getByText('Event scheduled: registration is open.').waitFor();
      eventPath = new URL(host.url()).pathname;
      expect(eventPath).toMatch(/^\/network-events\/[0-9a-f-]{36}$/);
      await host.getByRole('heading', { level: 1, name: title }).waitFor();

      // Everyone sees it in the list, with its one seat.
      await second.reload();
      const row = second.locator('tr', { has: second.getByRole('link', { name: title }) });
      await row.waitFor();
      expect(await row.locator('[data-seats-left]').getAttribute('data-seats-left')).toBe('1');
    });

    it('wait-lists a member when the event is full, and shows each member only its own cluster’s registrations', async () => {
      await first.goto(eventPath);
      await first.getByLabel(/^Participant/).fill('Ana Aarhus');
      await first.getByRole('button', { name: 'Register', exact: true }).click();
      await first.getByText('Registered: Ana Aarhus has a seat.').waitFor();
      await ownRows(first).first().waitFor();
      expect(await ownRows(first).getAttribute('data-status')).toBe('confirmed');

      await second.goto(eventPath);
      await second.getByText('The event is full: a new registration goes on the waiting list.').waitFor();
      await second.getByLabel(/^Participant/).fill('Bea Bergen');
      await second.getByRole('button', { name: 'Register', exact: true }).click();
      await second.getByText('The event is full: Bea Bergen is on the waiting list, rank 1.').waitFor();
      const waiting = ownRows(second);
      await waiting.first().waitFor();
      expect(await waiting.getAttribute('data-status')).toBe('waiting');
      expect(await waiting.getByText('Waiting list, rank 1').count()).toBe(1);
      // The other cluster's member is not in the list this member may read.
      expect(await listRows(second).count()).toBe(1);
      expect(await second.getByText('Ana Aarhus').count()).toBe(0);
      await screenshot(second, 'network-event-waiting');
    });

    it('promotes the waiting member when the seat is cancelled — shown on reload — with its calendar.ics', async () => {
      await ownRows(first).getByRole('button', { name: /Cancel registration/ }).click();
      await first.getByText('Registration cancelled.').waitFor();
      await first.locator('section[aria-labelledby="own-registrations"] tr[data-status="cancelled"]').waitFor();

      await second.reload();
      const promoted = second.locator('section[aria-labelledby="own-registrations"] tr[data-status="confirmed"]');
      await promoted.waitFor();
      expect(await promoted.getByRole('rowheader', { name: 'Bea Bergen', exact: true }).count()).toBe(1);
      expect(await second.locator('dd[data-seats-left]').getAttribute('data-seats-left')).toBe('0');

      const [download] = await Promise.all([second.waitForEvent('download'), promoted.getByRole('link', { name: /Download calendar\.ics/ }).click()]);
      const ics = readFileSync(await download.path(), 'utf8');
      expect(ics).toContain('BEGIN:VCALENDAR');
      expect(ics).toContain(title);
      await screenshot(second, 'network-event-promoted');
      await second.setViewportSize({ width: 375, height: 900 });
      expect(await blockingViolations(second)).toBe('');
      await second.setViewportSize({ width: 1280, height: 900 });
    });

    it('shows the host the whole list; the host cancels the event and the member sees why', async () => {
      await host.reload();
      await listRows(host).nth(1).waitFor();
      expect(await listRows(host).count()).toBe(2);
      expect(await blockingViolations(host)).toBe('');
      await host.getByLabel(/^Reason/).fill('The venue is closed for repairs');
      await host.getByRole('button', { name: 'Cancel the event' }).click();
      await host.getByText('Event cancelled.').waitFor();

      await second.reload();
      await second.locator('article.network-event[data-status="cancelled"]').waitFor();
      await second.getByText(/The venue is closed for repairs/).waitFor();
      expect(await second.getByRole('button', { name: 'Register', exact: true }).count()).toBe(0);
      await screenshot(second, 'network-event-cancelled');
    });

    it('lets the host record attendance from the first day on; the event is then held', async () => {
      // Registration closes on the first day and attendance opens on it, and the service has no
      // clock to move: an event that starts today has no registrations, so none attended.
      const { platform } = world();
      const { services, organisationA } = platform;
      const today = new Date().toISOString().slice(0, 10);
      const scheduled = expectStatus(
        await services.networkAs(clusterManagerToken(services.jwtSecret, organisationA.clusterId)).post<{ eventId: string }>('/network-events', {
          kind: 'networking-event',
          title: `Harbour networking evening ${Date.now().toString(36)}`,
          description: 'Starts today.',
          hostClusterId: organisationA.clusterId,
          place: { venue: 'Harbour hall', city: 'Aarhus', country: 'DK' },
          from: today,
          to: today,
          timeZone: 'UTC',
          capacity: 10,
        }),
        201,
        'schedule an event that starts today',
      );

      await host.goto(`/network-events/${scheduled.eventId}`);
      await host.getByText('No confirmed participant to record.').waitFor();
      await host.getByText('Registration is closed: the event has started.').waitFor();
      await host.getByRole('button', { name: 'Record attendance' }).click();
      await host.getByText('Attendance recorded: the event is held.').waitFor();
      await host.locator('article.network-event[data-status="held"]').waitFor();
      await host.getByText(/Attendance recorded on/).waitFor();
      expect(await host.getByRole('button', { name: 'Record attendance' }).count()).toBe(0);
      expect(await host.getByRole('button', { name: 'Register', exact: true }).count()).toBe(0);
      await screenshot(host, 'network-event-held');
    });
  });
}
