import type { BrowserContext, Page } from 'playwright-core';
import { expectStatus, HttpClient } from '../../support/http-client';
import { clusterManagerToken, memberToken } from '../../support/tokens';
import { waitFor } from '../../support/wait-for';
import { blockingViolations } from '../support/accessibility';
import { newContext, screenshot } from '../support/browser';
import { signIn } from '../support/sign-in';
import type { World } from './world';

const DAY_MS = 24 * 3600 * 1000;

interface EmailChannel {
  recipients: string[];
  cadence: string;
  timeZone: string;
  hour: number;
  priority?: { deadlineWithinDays?: number; recommendedMinScore?: number };
}

/**
 * Issue 15 in the console: a member gives its organisation's subscription a daily e-mail digest to
 * one of its contacts with a priority rule, gets the API's 400 under the field it names, sees the
 * channel saved (read back from the API), and — a tender with a near deadline published — the mail
 * sent at once to the run's Mailpit and listed in the subscription's mail delivery log.
 */
export function describeEmailChannel(world: World): void {
  describe('e-mail channel of a subscription', () => {
    let member: BrowserContext;
    let page: Page;
    const keyword = `kelvin${Date.now().toString(36)}`;
    const contact = { name: 'Mette Hansen', email: `mette.${keyword}@example.org` };
    let contactId = '';
    let subscriptionId = '';
    let opportunities: HttpClient | undefined;

    beforeAll(async () => {
      const { platform, browser } = world();
      const { services, organisationA } = platform;
      const membership = new HttpClient(() => services.membership.baseUrl, clusterManagerToken(services.jwtSecret, organisationA.clusterId));
      contactId = expectStatus(
        await membership.post<{ contactId: string }>(`/organisations/${organisationA.organisationId}/contacts`, { ...contact, role: 'Head of International Projects' }),
        201,
        'add a contact to the member organisation',
      ).contactId;
      // The contact reaches opportunities' directory through membership's events: until it has, the API refuses it as a recipient.
      const client = new HttpClient(() => services.requireOpportunitiesUrl(), memberToken(services.jwtSecret, organisationA.clusterId, organisationA.organisationId));
      opportunities = client;
      await waitFor(
        async () => {
          const probe = await client.post<{ subscriptionId: string }>('/subscriptions', {
            name: 'probe',
            filters: { keywords: [`${keyword}probe`] },
            channels: { email: { recipients: [contactId], cadence: 'instant', timeZone: 'UTC', hour: 0 } },
          });
          if (probe.status !== 201) return false;
          expectStatus(await client.request('DELETE', `/subscriptions/${probe.body.subscriptionId}`), 204, 'delete the probe subscription');
          return true;
        },
        { timeoutMs: 60_000, description: 'the new contact in opportunities’ directory' },
      );
      // bypassCSP: the form with its e-mail fields open and the mail log are scanned by axe-core, which is injected.
      member = await newContext(browser, platform.consoleUrl, { bypassCSP: true });
      page = await signIn(member, platform.personas.memberA, '/subscriptions/new');
    });

    afterAll(async () => {
      await member?.close();
      // The member's feed page opens on its first subscription: leaving this one would change what later scenarios meet there.
      if (subscriptionId !== '') await opportunities?.request('DELETE', `/subscriptions/${subscriptionId}`);
    });

    it('sets a daily digest with a recipient and a priority rule; a 400 shows under its field; the saved channel reads back', async () => {
      await page.getByLabel(/^Name/).fill(`District heating ${keyword}`);
      await page.getByLabel('Keywords').fill(keyword);
      await page.getByLabel('Send e-mail to the organisation’s contacts').check();
      await page.getByLabel(`${contact.name} <${contact.email}>`).check();
      await page.getByLabel('How often').selectOption('daily');
      await page.getByLabel('Time zone').selectOption('Europe/Berlin');
      await page.getByLabel('Digest hour').selectOption('7');
      const deadlineRule = page.getByLabel('When the deadline is at most this many days ahead');
      await deadlineRule.fill('400'); // the API allows 1-365
      await page.getByRole('button', { name: 'Create subscription' }).click();

      const invalid = page.locator('.field.invalid', { has: deadlineRule });
      await invalid.locator('.field-error').waitFor();
      expect(await invalid.locator('.field-error').textContent()).toMatch(/365/);
      expect(await deadlineRule.getAttribute('aria-invalid')).toBe('true');
      await screenshot(page, 'subscription-email-400');
      expect(await blockingViolations(page)).toBe('');

      await deadlineRule.fill('5');
      await page.getByRole('button', { name: 'Create subscription' }).click();
      await page.getByRole('link', { name: 'Go to the subscription' }).click();
      await page.waitForURL(/\/subscriptions\/[0-9a-f-]{36}$/);
      subscriptionId = page.url().split('/').pop() ?? '';

      const channel = page.locator('dl.email-channel');
      await channel.getByText(`${contact.name} <${contact.email}>`).waitFor();
      await channel.getByText('Daily digest at 07:00 (Europe/Berlin)').waitFor();
      await channel.getByText('deadline within 5 days').waitFor();

      const stored = await member.request.get(`/api/opportunities/subscriptions/${subscriptionId}`);
      expect(stored.status()).toBe(200);
      const email = ((await stored.json()) as { channels: { email?: EmailChannel } }).channels.email;
      expect(email).toEqual({ recipients: [contactId], cadence: 'daily', timeZone: 'Europe/Berlin', hour: 7, priority: { deadlineWithinDays: 5 } });
    });

    it('mails a tender whose deadline is near at once, and lists the mail in the delivery log', async () => {
      const { platform } = world();
      expect(subscriptionId).not.toBe('');
      const title = `Heat storage tender ${keyword}`;
      const published = Date.now();
      expectStatus(
        await platform.services.opportunitiesManager.post('/opportunities', {
          type: 'tender',
          title,
          description: `Seasonal heat storage for a district heating grid (${keyword}).`,
          deadline: new Date(Date.now() + 3 * DAY_MS).toISOString(),
          publish: true,
        }),
        201,
        'publish a tender due in three days',
      );

      const mails = await waitFor(
        async () => {
          const ours = (await platform.mailpit.messages()).filter((message) => message.To.some((to) => to.Address === contact.email));
          return ours.length > 0 ? ours : undefined;
        },
        { timeoutMs: 30_000, description: `a mail to ${contact.email}` },
      );
      console.log(`[console] e-mail channel: tender published -> priority mail in Mailpit in ${Date.now() - published} ms (daily digest subscription, deadline in 3 days, rule 5 days)`);
      expect(mails).toHaveLength(1);
      expect(await platform.mailpit.text(mails[0]?.ID ?? '')).toContain(title);

      const log = page.locator('section[aria-labelledby="mail-delivery-log"]');
      const sentRow = log.locator('tr[data-status="sent"]');
      await waitFor(
        async () => {
          await log.getByRole('button', { name: 'Refresh' }).click();
          return (await sentRow.count()) > 0;
        },
        { timeoutMs: 20_000, description: 'the sent mail in the mail delivery log' },
      );
      expect(await sentRow.count()).toBe(1);
      expect(await sentRow.getByText(`${contact.name} <${contact.email}>`).count()).toBe(1);
      expect(await sentRow.getByText('Sent').count()).toBe(1);
      await screenshot(page, 'subscription-email-delivery-log');
      expect(await blockingViolations(page)).toBe('');
    });
  });
}
