import { CLOUD_EVENTS_CONTENT_TYPE, ContactAdded, EventHeaders, Topics, type ContactSnapshotV1 } from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { waitFor } from '@icn/testing';
import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { MembershipDirectory } from '../directory/persistence/membership-directory';
import { FeedRepository } from '../notifications/persistence/feed.repository';
import { startDeliveryFixture, type DeliveryFixture } from '../notifications/testing/delivery-fixture';
import { anOpportunity } from '../notifications/testing/opportunity-event.producer';
import { anOrganisation, seedMembership, uniqueClusterId } from '../opportunities/testing/membership-events';
import { DIGEST_GRACE_MS, MailScheduler } from './scheduling/mail-scheduler';
import { MAIL_TEST_CLOCK_COLLECTION } from './scheduling/mail-clock';
import { MailpitProcess, type MailpitSummary } from './testing/mailpit';

const SECRET = 'unsubscribe-secret-for-tests-0123456789';

/**
 * E-mail as a subscription channel, through the whole service: two replicas of the real app on
 * real Kafka and FerretDB sending to a real Mailpit. Recipients are contacts from membership's
 * events (the directory read model), an instant mail follows a matching publication within
 * seconds, a daily digest goes out once at the injected local hour with exactly the period's
 * items, and another cluster's restricted opportunities never reach any mail.
 */
describe('the e-mail channel (two replicas, Kafka, FerretDB, Mailpit)', () => {
  let mailpit: MailpitProcess;
  let fixture: DeliveryFixture;
  const clusterId = uniqueClusterId('mail');
  const otherCluster = uniqueClusterId('mailx');
  const [aino, mikko, late]: ContactSnapshotV1[] = ['Aino Virtanen', 'Mikko Laine', 'Liisa Late'].map((name) => ({
    contactId: randomUUID(),
    name,
    email: `${name.split(' ')[0].toLowerCase()}-${randomUUID().slice(0, 6)}@nordic-heat.example`,
  }));
  const organisation = anOrganisation(clusterId, { name: 'Nordic Heat Oy', contacts: [aino, mikko] });

  const member = (): string => fixture.apps[0].token({ sub: 'aino', role: 'member', clusterId, organisationId: organisation.organisationId });
  const mailTo = (messages: MailpitSummary[], address: string): MailpitSummary[] => messages.filter((message) => message.To.some((to) => to.Address === address));

  beforeAll(async () => {
    mailpit = await MailpitProcess.start();
    fixture = await startDeliveryFixture(2, {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailpit.smtpPort),
      SMTP_TLS: 'none',
      MAIL_UNSUBSCRIBE_SECRET: SECRET,
      MAIL_POLL_MS: '100',
      MAIL_DIGEST_POLL_MS: '3600000',
      MAIL_TEST_CLOCK: 'true',
    });
    await seedMembership(fixture.apps[0], [clusterId, otherCluster], [organisation]);
    // A contact added later arrives as its own event (sequence 2 of the organisation).
    const kafka = new Kafka({ brokers: fixture.apps[0].brokers.split(','), clientId: 'mail-it', logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    const event = buildEvent(ContactAdded, { subject: organisation.organisationId, sequence: 2, data: { organisationId: organisation.organisationId, clusterId, contact: late }, source: '/icn/membership' });
    await producer.send({ topic: Topics.membershipOrganisation, messages: [{ key: event.subject, value: JSON.stringify(event), headers: { [EventHeaders.contentType]: CLOUD_EVENTS_CONTENT_TYPE, [EventHeaders.type]: event.type, [EventHeaders.id]: event.id } }] });
    await producer.disconnect();
    const directory = fixture.apps[0].app.get(MembershipDirectory);
    await waitFor(async () => late.contactId in (await directory.findContacts(organisation.organisationId)), { timeoutMs: 20_000, description: 'the added contact in the directory' });
  });

  afterAll(async () => {
    await fixture?.close();
    await mailpit?.stop();
  });

  it('refuses recipients who are not contacts of the organisation, bad zones, and e-mail for a cluster subscriber, naming the field', async () => {
    const app = fixture.apps[0];
    const stranger = await app.call('POST', '/subscriptions', { token: member(), body: { name: 'x', channels: { email: { recipients: [randomUUID()], cadence: 'instant', timeZone: 'Europe/Helsinki', hour: 8 } } } });
    expect(stranger.status).toBe(400);
    expect(JSON.stringify(stranger.body)).toContain('channels.email.recipients');
    const zone = await app.call('POST', '/subscriptions', { token: member(), body: { name: 'x', channels: { email: { recipients: [aino.contactId], cadence: 'daily', timeZone: 'Mars/Olympus', hour: 8 } } } });
    expect(zone.status).toBe(400);
    expect(JSON.stringify(zone.body)).toContain('timeZone');
    const weekly = await app.call('POST', '/subscriptions', { token: member(), body: { name: 'x', channels: { email: { recipients: [aino.contactId], cadence: 'weekly', timeZone: 'UTC', hour: 8 } } } });
    expect(weekly.status).toBe(400);
    expect(JSON.stringify(weekly.body)).toContain('weekday');
    const manager = app.token({ sub: 'manager', role: 'cluster-manager', clusterId });
    const cluster = await app.call('POST', '/subscriptions', { token: manager, body: { name: 'x', channels: { email: { recipients: [aino.contactId], cadence: 'instant', timeZone: 'UTC', hour: 8 } } } });
    expect(cluster.status).toBe(400);
    expect(JSON.stringify(cluster.body)).toContain('channels.email');
  });

  it('instant: a matching publication reaches the chosen contacts by mail within seconds, once each; restricted items of another cluster never', async () => {
    const keyword = `kw${randomUUID().slice(0, 8)}`;
    const created = await fixture.apps[0].call('POST', '/subscriptions', {
      token: member(),
      body: { name: 'Instant heat', filters: { keywords: [keyword] }, channels: { email: { recipients: [aino.contactId, late.contactId], cadence: 'instant', timeZone: 'Europe/Helsinki', hour: 8 } } },
    });
    expect(created.status).toBe(201);
    expect((created.body as { channels: { email: { recipients: string[] } } }).channels.email.recipients).toEqual([aino.contactId, late.contactId]);

    await fixture.producer.published(anOpportunity(keyword, { originClusterId: otherCluster, visibility: 'target-clusters', targetClusterIds: [otherCluster], title: `Restricted ${keyword}` }));
    const started = Date.now();
    const opportunity = anOpportunity(keyword, { title: `Open ${keyword}` });
    await fixture.producer.published(opportunity);
    const messages = await mailpit.waitFor((all) => mailTo(all, aino.email).length >= 1 && mailTo(all, late.email).length >= 1, 20_000);
    const elapsed = Date.now() - started;
    process.stdout.write(`[mail] publication → instant mail in Mailpit: ${elapsed} ms\n`);
    expect(elapsed).toBeLessThan(10_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const all = await mailpit.messages();
    expect(mailTo(all, aino.email).map((message) => message.Subject)).toEqual([`New opportunity: Open ${keyword}`]);
    expect(mailTo(all, late.email)).toHaveLength(1);
    expect(mailTo(all, mikko.email)).toHaveLength(0);
    expect(all.some((message) => message.Subject.includes(`Restricted ${keyword}`))).toBe(false);
    const full = await mailpit.message(mailTo(messages, aino.email)[0].ID);
    expect(full.Text).toContain(`/opportunities/${opportunity.opportunityId}`);

    // The delivery log: one copy per recipient, sent at the first attempt with the relay's answer; only the subscriber's side may read it.
    const subscriptionId = (created.body as { subscriptionId: string }).subscriptionId;
    const log = await fixture.apps[1].call('GET', `/subscriptions/${subscriptionId}/mail/deliveries?limit=1`, { token: member() });
    expect(log.status).toBe(200);
    const first = log.body as { items: { recipientId: string; status: string; attempts: { response?: string }[]; messageId: string }[]; nextCursor: string | null };
    expect(first.items).toHaveLength(1);
    const next = await fixture.apps[1].call('GET', `/subscriptions/${subscriptionId}/mail/deliveries?limit=1&cursor=${first.nextCursor ?? ''}`, { token: member() });
    const items = [...first.items, ...(next.body as typeof first).items];
    expect(items.map((item) => item.recipientId).sort()).toEqual([aino.contactId, late.contactId].sort());
    expect(items.every((item) => item.status === 'sent' && item.attempts.length === 1 && /^250/.test(item.attempts[0].response ?? ''))).toBe(true);
    expect(items.map((item) => item.messageId)).toContain(`<${mailTo(messages, aino.email)[0].MessageID}>`);
    const outsider = fixture.apps[0].token({ sub: 'other', role: 'member', clusterId: otherCluster, organisationId: randomUUID() });
    expect((await fixture.apps[0].call('GET', `/subscriptions/${subscriptionId}/mail/deliveries`, { token: outsider })).status).toBe(403);
    expect((await fixture.apps[0].call('GET', `/subscriptions/${subscriptionId}/mail/deliveries?cursor=bm9uc2Vuc2U`, { token: member() })).status).toBe(400);
  });

  it('daily: at the injected local hour one digest per recipient holds exactly the period’s items once, across two replicas and a repeated pass', async () => {
    const keyword = `kw${randomUUID().slice(0, 8)}`;
    const now = new Date();
    const hour = (now.getUTCHours() + 1) % 24;
    const created = await fixture.apps[1].call('POST', '/subscriptions', {
      token: member(),
      body: { name: 'Daily heat', filters: { keywords: [keyword] }, channels: { email: { recipients: [aino.contactId, mikko.contactId], cadence: 'daily', timeZone: 'UTC', hour } } },
    });
    expect(created.status).toBe(201);
    const subscriptionId = (created.body as { subscriptionId: string }).subscriptionId;
    const titles = ['First', 'Second', 'Third'].map((word) => `${word} ${keyword}`);
    for (const title of titles) await fixture.producer.published(anOpportunity(keyword, { title }));
    await fixture.producer.published(anOpportunity(keyword, { title: `Restricted ${keyword}`, originClusterId: otherCluster, visibility: 'target-clusters', targetClusterIds: [otherCluster] }));
    // The three notifications reach the feed (the restricted one does not); no mail yet: the digest is not due.
    const feed = fixture.apps[0].app.get(FeedRepository);
    await waitFor(async () => (await feed.lastSeq(subscriptionId)) >= 3, { timeoutMs: 20_000, description: 'three notifications in the feed' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await feed.lastSeq(subscriptionId)).toBe(3);
    expect(mailTo(await mailpit.messages(), mikko.email)).toHaveLength(0);

    // The period ends at the next `hour`:00 UTC; move every replica's clock past it and the grace.
    const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), now.getUTCHours() + 1));
    await fixture.apps[0].db.collection(MAIL_TEST_CLOCK_COLLECTION).updateOne({ _id: 'now' as unknown as never }, { $set: { now: new Date(end.getTime() + DIGEST_GRACE_MS + 1000) } }, { upsert: true });
    await Promise.all(fixture.apps.flatMap((app) => [app.app.get(MailScheduler).digestPassNow(), app.app.get(MailScheduler).digestPassNow()]));
    await mailpit.waitFor((all) => mailTo(all, mikko.email).length >= 1 && mailTo(all, aino.email).some((message) => message.Subject.startsWith('Daily digest')), 15_000);
    await Promise.all(fixture.apps.map((app) => app.app.get(MailScheduler).digestPassNow()));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const all = await mailpit.messages();
    const digests = all.filter((message) => message.Subject === `Daily digest for "Daily heat": 3 opportunity updates`);
    process.stdout.write(`[mail] daily digest, 2 replicas, 2 recipients: ${digests.length} digests, ${digests.length - new Set(digests.map((message) => message.MessageID)).size} duplicates\n`);
    expect(digests.map((message) => message.To[0].Address).sort()).toEqual([aino.email, mikko.email].sort());
    const text = (await mailpit.message(mailTo(digests, mikko.email)[0].ID)).Text;
    for (const title of titles) expect(text.split(title).length - 1).toBe(1);
    expect(text).not.toContain('Restricted');
  });
  it('weekly: on the chosen weekday at the local hour, one digest of the week', async () => {
    const keyword = `kw${randomUUID().slice(0, 8)}`;
    const now = new Date();
    const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), now.getUTCHours() + 1));
    const weekday = end.getUTCDay() === 0 ? 7 : end.getUTCDay();
    const created = await fixture.apps[0].call('POST', '/subscriptions', {
      token: member(),
      body: { name: 'Weekly heat', filters: { keywords: [keyword] }, channels: { email: { recipients: [mikko.contactId], cadence: 'weekly', timeZone: 'UTC', hour: end.getUTCHours(), weekday } } },
    });
    expect(created.status).toBe(201);
    const subscriptionId = (created.body as { subscriptionId: string }).subscriptionId;
    await fixture.producer.published(anOpportunity(keyword, { title: `Weekly ${keyword}` }));
    const feed = fixture.apps[0].app.get(FeedRepository);
    await waitFor(async () => (await feed.lastSeq(subscriptionId)) >= 1, { timeoutMs: 20_000, description: 'the notification in the feed' });
    await fixture.apps[0].db.collection(MAIL_TEST_CLOCK_COLLECTION).updateOne({ _id: 'now' as unknown as never }, { $set: { now: new Date(end.getTime() + DIGEST_GRACE_MS + 1000) } }, { upsert: true });
    await Promise.all(fixture.apps.map((app) => app.app.get(MailScheduler).digestPassNow()));
    const subject = 'Weekly digest for "Weekly heat": 1 opportunity update';
    await mailpit.waitFor((all) => all.some((message) => message.Subject === subject), 15_000);
    await Promise.all(fixture.apps.map((app) => app.app.get(MailScheduler).digestPassNow()));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const weekly = (await mailpit.messages()).filter((message) => message.Subject === subject);
    expect(weekly.map((message) => message.To[0].Address)).toEqual([mikko.email]);
    expect((await mailpit.message(weekly[0].ID)).Text).toContain(`Weekly ${keyword}`);
  });
  it('priority: a digest subscription mails at once what its rule selects (a deadline within N days), and only that', async () => {
    const keyword = `kw${randomUUID().slice(0, 8)}`;
    const created = await fixture.apps[0].call('POST', '/subscriptions', {
      token: member(),
      body: { name: 'Urgent heat', filters: { keywords: [keyword] }, channels: { email: { recipients: [aino.contactId], cadence: 'daily', timeZone: 'Europe/Helsinki', hour: 7, priority: { deadlineWithinDays: 7 } } } },
    });
    expect(created.status).toBe(201);
    await fixture.producer.published(anOpportunity(keyword, { title: `Later ${keyword}`, deadline: new Date(Date.now() + 40 * 86_400_000).toISOString() }));
    await fixture.producer.published(anOpportunity(keyword, { title: `Soon ${keyword}`, deadline: new Date(Date.now() + 3 * 86_400_000).toISOString() }));
    await mailpit.waitFor((all) => all.some((message) => message.Subject === `New opportunity: Soon ${keyword}`), 15_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const ours = (await mailpit.messages()).filter((message) => message.Subject.includes(keyword));
    expect(ours.map((message) => message.Subject)).toEqual([`New opportunity: Soon ${keyword}`]);
  });
});
