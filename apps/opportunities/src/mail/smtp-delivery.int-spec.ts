import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { digestGroups } from './domain/digest-items';
import { latestDuePeriod } from './domain/digest-period';
import { isUnsubscribeSignatureValid } from './domain/unsubscribe-link';
import { loadMailConfig } from './mail.config';
import { loadOpportunityMailTemplates } from './rendering/mail-templates';
import { composeOpportunityMail, type ComposedMail, type MailSettings } from './rendering/opportunity-mail.composer';
import { aNotification } from './testing/mail-fixtures';
import { MailpitProcess } from './testing/mailpit';
import { SmtpMailer } from './transport/smtp-mailer';

/** Screenshots of rendered mail, kept after the run (.local/ is gitignored; CI keeps .local/artefacts). */
const ARTEFACTS_DIR = resolve(__dirname, '../../../../.local/artefacts/mail');

/**
 * The mail path against a real SMTP server (Mailpit, read back through its API) and a real browser:
 * what the composer produces arrives intact — both parts, the RFC 8058 headers, our Message-ID —
 * and the HTML part, as received, renders.
 */
describe('mail through a real SMTP server', () => {
  let mailpit: MailpitProcess;
  let mailer: SmtpMailer;
  const settings: MailSettings = {
    from: 'ICN Platform <alerts@icn.example>',
    consolePublicUrl: 'http://127.0.0.1:3000',
    opportunitiesPublicUrl: 'http://127.0.0.1:3003',
    unsubscribeSecret: 'unsubscribe-secret-for-tests-0123456789',
  };
  const templates = loadOpportunityMailTemplates();
  const subscription = { subscriptionId: '0f8e6d1c-2b3a-4c5d-8e9f-0a1b2c3d4e5f', name: 'Heat pumps in the Nordics' };
  const recipient = { contactId: '7d9c1b2a-3e4f-4a5b-9c6d-7e8f9a0b1c2d', name: 'Aino Virtanen', email: 'aino@nordic-heat.example', timeZone: 'Europe/Helsinki' };

  function aDigest(): ComposedMail {
    const period = latestDuePeriod({ cadence: 'daily', timeZone: recipient.timeZone, hour: 8 }, new Date('2026-12-05T07:00:00Z'));
    const notifications = [
      aNotification('recommended', '2026-12-04T12:00:00Z', {
        recommendation: { rank: 1, score: 0.87, reasons: [{ kind: 'sector', matched: ['district-heating'], summary: 'You and the publisher both work on district heating', weight: 0.3, contribution: 0.3 }] },
        opportunity: { title: 'Heat pump retrofit of the Espoo network', type: 'tender', value: { amount: 1_200_000, currency: 'EUR' }, publisher: { subject: 'manager-clean', organisationId: 'org-espoo' } },
      }),
      aNotification('deadline-reminder', '2026-12-04T15:00:00Z', { daysBeforeDeadline: 3, opportunity: { title: 'Waste heat recovery partners wanted', type: 'partner-search', value: undefined, deadline: '2026-12-08T10:00:00Z' } }),
      aNotification('published', '2026-12-04T18:30:00Z', { opportunity: { title: 'Nordic district heating innovation call', type: 'funding-call', value: { amount: 500_000, currency: 'EUR' } } }),
    ];
    return composeOpportunityMail(
      {
        claimId: `${subscription.subscriptionId}:${period.key}`,
        subscription,
        subscriberLabel: 'Nordic Heat Oy',
        recipient,
        groups: digestGroups(notifications, period),
        digest: { cadence: 'daily', start: period.start, end: period.end },
        organisationNames: new Map([['org-espoo', 'Espoo Energy Cluster']]),
      },
      settings,
      templates,
    );
  }

  beforeAll(async () => {
    mailpit = await MailpitProcess.start();
    // The settings as the service reads them: the local stack's Mailpit speaks plain SMTP without login.
    mailer = new SmtpMailer(loadMailConfig({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mailpit.smtpPort), SMTP_TLS: 'none', MAIL_UNSUBSCRIBE_SECRET: settings.unsubscribeSecret }));
  });

  afterAll(async () => {
    mailer?.close();
    await mailpit?.stop();
  });

  it('a digest arrives with both parts, our Message-ID and the one-click unsubscribe headers', async () => {
    const mail = aDigest();
    const started = Date.now();
    const outcome = await mailer.send(mail);
    expect(outcome).toMatchObject({ ok: true });
    const [summary] = await mailpit.waitFor((messages) => messages.some((message) => `<${message.MessageID}>` === mail.messageId));
    process.stdout.write(`[mail] sent and visible in Mailpit's API after ${Date.now() - started} ms\n`);
    const received = await mailpit.message(summary.ID);
    expect(received.Subject).toBe('Daily digest for "Heat pumps in the Nordics": 3 opportunity updates');
    expect(received.To).toEqual([{ Name: 'Aino Virtanen', Address: 'aino@nordic-heat.example' }]);
    expect(received.From).toEqual({ Name: 'ICN Platform', Address: 'alerts@icn.example' });
    expect(received.Text).toContain('Espoo Energy Cluster');
    expect(received.Text).toContain('2026-12-08 12:00 (Europe/Helsinki)');
    expect(received.HTML).toContain('You and the publisher both work on district heating');
    const headers = await mailpit.headers(summary.ID);
    expect(headers['List-Unsubscribe-Post']).toEqual(['List-Unsubscribe=One-Click']);
    const url = new URL(/^<(.+)>$/.exec(headers['List-Unsubscribe']?.[0] ?? '')?.[1] ?? '');
    expect(url.pathname).toBe('/mail/unsubscribe');
    expect(isUnsubscribeSignatureValid(settings.unsubscribeSecret, { subscriptionId: subscription.subscriptionId, recipientId: recipient.contactId }, url.searchParams.get('signature') ?? '')).toBe(true);
  });

  it('a resend after a crash carries the same Message-ID, so the copy is recognisable as one mail', async () => {
    const mail = aDigest();
    expect(await mailer.send(mail)).toMatchObject({ ok: true });
    const messages = await mailpit.waitFor((all) => all.filter((message) => `<${message.MessageID}>` === mail.messageId).length >= 2);
    const copies = messages.filter((message) => `<${message.MessageID}>` === mail.messageId);
    expect(new Set(copies.map((message) => message.MessageID)).size).toBe(1);
  });

  it('a relay that is down is a failed send to retry, not a permanent refusal', async () => {
    const down = new SmtpMailer(loadMailConfig({ SMTP_HOST: '127.0.0.1', SMTP_PORT: '1', SMTP_TLS: 'none', SMTP_TIMEOUT_MS: '2000', MAIL_UNSUBSCRIBE_SECRET: settings.unsubscribeSecret }));
    const outcome = await down.send(aDigest());
    down.close();
    expect(outcome).toMatchObject({ ok: false, permanent: false });
  });

  it('the HTML part as received renders in a real browser (screenshot in .local/artefacts/mail)', async () => {
    const mail = aDigest();
    await mailer.send(mail);
    const [summary] = await mailpit.waitFor((messages) => messages.some((message) => `<${message.MessageID}>` === mail.messageId));
    const received = await mailpit.message(summary.ID);
    const browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    try {
      for (const width of [640, 375]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        // Offline, as a mail client shows it: nothing may be fetched.
        await page.route('**/*', (route) => route.abort());
        await page.setContent(received.HTML, { waitUntil: 'load' });
        const button = page.getByRole('link', { name: 'Open in the console' }).first();
        expect(await button.isVisible()).toBe(true);
        expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Daily digest: 3 opportunity updates');
        expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(['Recommended to you', 'Deadlines coming up', 'New opportunities']);
        // Nothing wider than the viewport: readable on a phone without scrolling sideways.
        // (An expression, not a function: this project's types have no DOM.)
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
        mkdirSync(ARTEFACTS_DIR, { recursive: true });
        await page.screenshot({ path: join(ARTEFACTS_DIR, `daily-digest-${width}.png`), fullPage: true });
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});
