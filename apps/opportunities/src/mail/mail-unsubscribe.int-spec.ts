import { waitFor } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import { startOpportunitiesTestApp, type OpportunitiesTestApp } from '../opportunities/testing/opportunities-test-app';
import { digestGroups } from './domain/digest-items';
import { latestDuePeriod } from './domain/digest-period';
import { MailDeliveryRepository, type ScheduledMail } from './persistence/mail-delivery.repository';
import { loadOpportunityMailTemplates } from './rendering/mail-templates';
import { composeOpportunityMail } from './rendering/opportunity-mail.composer';
import { aNotification } from './testing/mail-fixtures';
import { MailpitProcess } from './testing/mailpit';

const SECRET = 'unsubscribe-secret-for-tests-0123456789';

/**
 * The real app sending through the real Mailpit, and RFC 8058 one-click unsubscribe over HTTP: the
 * List-Unsubscribe URL of a received mail, POSTed once, stops every further mail of that
 * subscription to that recipient — scheduled ones included — and nothing else.
 */
describe('one-click unsubscribe (real app, FerretDB, Mailpit)', () => {
  let mailpit: MailpitProcess;
  let app: OpportunitiesTestApp;
  let deliveries: MailDeliveryRepository;
  const templates = loadOpportunityMailTemplates();
  const subscriptionId = randomUUID();
  const [aino, mikko] = [randomUUID(), randomUUID()].map((contactId) => ({ contactId, email: `${contactId.slice(0, 8)}@nordic-heat.example`, name: 'Contact', timeZone: 'Europe/Helsinki' }));

  async function scheduleDigest(day: string): Promise<ScheduledMail[]> {
    const period = latestDuePeriod({ cadence: 'daily', timeZone: 'Europe/Helsinki', hour: 8 }, new Date(`${day}T08:00:00Z`));
    const claimId = `${subscriptionId}:${period.key}`;
    const groups = digestGroups([aNotification('published', new Date(period.start.getTime() + 60_000).toISOString())], period);
    const mails = [aino, mikko].map((recipient) => ({
      subscriptionId,
      recipientId: recipient.contactId,
      mail: composeOpportunityMail(
        { claimId, subscription: { subscriptionId, name: 'Heat pumps' }, subscriberLabel: 'Nordic Heat Oy', recipient, groups, digest: { cadence: 'daily', ...period }, organisationNames: new Map() },
        { from: 'ICN Platform <alerts@icn.example>', consolePublicUrl: 'http://127.0.0.1:3000', opportunitiesPublicUrl: app.baseUrl, unsubscribeSecret: SECRET },
        templates,
      ),
    }));
    expect(await deliveries.claim(claimId, 60_000)).toBe('claimed');
    await deliveries.schedule(claimId, mails);
    return mails;
  }

  beforeAll(async () => {
    mailpit = await MailpitProcess.start();
    app = await startOpportunitiesTestApp({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mailpit.smtpPort), SMTP_TLS: 'none', MAIL_UNSUBSCRIBE_SECRET: SECRET, MAIL_POLL_MS: '100' });
    deliveries = new MailDeliveryRepository(app.db);
  });

  afterAll(async () => {
    await app?.close();
    await mailpit?.stop();
  });

  it('the service sends what is scheduled; one POST of the received List-Unsubscribe URL stops that recipient’s mail', async () => {
    const first = await scheduleDigest('2026-12-05');
    const firstIds = first.map(({ mail }) => mail.messageId);
    const received = await mailpit.waitFor((all) => all.filter((message) => firstIds.includes(`<${message.MessageID}>`)).length === 2);
    const ainoMail = received.find((message) => message.To[0]?.Address === aino.email);
    if (!ainoMail) throw new Error('no mail for aino');
    const header = (await mailpit.headers(ainoMail.ID))['List-Unsubscribe']?.[0] ?? '';
    const url = new URL(/^<(.+)>$/.exec(header)?.[1] ?? '');
    const path = `${url.pathname}${url.search}`;

    // Opening the link changes nothing: the page asks.
    const page = await fetch(`${app.baseUrl}${path}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post"');
    // A tampered link is refused, naming the field.
    const tampered = await fetch(`${app.baseUrl}${path.replace(aino.contactId, mikko.contactId)}`, { method: 'POST' });
    expect(tampered.status).toBe(400);
    expect(await tampered.text()).toContain('signature');

    // What a mail provider sends for List-Unsubscribe-Post (RFC 8058), once; a repeat changes nothing.
    const oneClick = { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' };
    const stopped = await fetch(`${app.baseUrl}${path}`, oneClick);
    expect(stopped.status).toBe(200);
    expect(await stopped.text()).toContain('You are unsubscribed');
    expect((await fetch(`${app.baseUrl}${path}`, oneClick)).status).toBe(200);

    // The next digest goes to the other recipient only.

    const second = await scheduleDigest('2026-12-06');
    const mikkoSecond = second.find((scheduled) => scheduled.recipientId === mikko.contactId)?.mail.messageId ?? '';
    await mailpit.waitFor((all) => all.some((message) => `<${message.MessageID}>` === mikkoSecond));
    await waitFor(async () => (await deliveries.log(subscriptionId, 10)).every((entry) => entry.status !== 'pending' && entry.status !== 'sending'), { timeoutMs: 10_000 });
    const ainoAfter = (await mailpit.messages()).filter((message) => message.To[0]?.Address === aino.email);
    expect(ainoAfter.map((message) => message.ID)).toEqual([ainoMail.ID]);
    const log = await deliveries.log(subscriptionId, 10);
    expect(log.filter((entry) => entry.recipientId === aino.contactId).map((entry) => entry.status)).toEqual(['sent']);
    expect(log.filter((entry) => entry.recipientId === mikko.contactId).map((entry) => entry.status)).toEqual(['sent', 'sent']);
    // Three mails went out, none failed: icn_mail_deliveries_total on the service's /metrics.
    const metrics = await (await fetch(`${app.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/icn_mail_deliveries_total\{[^}]*outcome="sent"[^}]*\} 3\n/);
    expect(metrics).toMatch(/icn_mail_deliveries_total\{[^}]*outcome="failed"[^}]*\} 0\n/);
  });
});
