import { CLOUD_EVENTS_CONTENT_TYPE, EventHeaders, OrganisationJoined, Topics, type ContactSnapshotV1, type OrganisationSnapshotV1 } from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import mongoose, { type Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { MailpitProcess, type MailpitSummary } from '../support/mailpit';
import { OpportunitiesPlatform } from '../support/opportunities-platform';
import type { ServiceProcess } from '../support/service-process';
import { randomToken } from '../support/unique-id';
import { waitFor } from '../support/wait-for';

const RECIPIENTS = 20;
const SUBSCRIPTIONS = 3;
const PUBLICATIONS = 4;
const DAY_MS = 86_400_000;
/** The service mails a period 30 s after it ended (DIGEST_GRACE_MS of its scheduler). */
const DIGEST_GRACE_MS = 30_000;

/**
 * Issue 15, point 6: a daily digest, two replicas of the compiled service and a `kill -9` of one of
 * them while the period's 60 digests are going out (4 messages a second in all, so sending
 * takes long enough to be cut into), then a restart. Every recipient of every subscription gets
 * the period's digest, with exactly the period's items once; no recipient gets two different
 * digests of one period. A send cut off between the relay's answer and the sent marker is sent
 * again under the same Message-ID (ADR 19) — the scenario counts those separately and allows at
 * most one per killed replica (each worker has one send in flight).
 */
describe('fault: kill -9 of one of two replicas while a daily digest is being sent', () => {
  let mailpit: MailpitProcess;
  let platform: OpportunitiesPlatform;
  let replicaB: ServiceProcess | undefined;
  let db: Connection | undefined;

  beforeAll(async () => {
    mailpit = await MailpitProcess.start();
    platform = await OpportunitiesPlatform.start('mail-digest-kill', {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailpit.smtpPort),
      SMTP_TLS: 'none',
      SMTP_TIMEOUT_MS: '2000',
      MAIL_UNSUBSCRIBE_SECRET: `e2e-unsubscribe-${randomToken(32)}`,
      MAIL_POLL_MS: '200',
      MAIL_DIGEST_POLL_MS: '300',
      MAIL_TEST_CLOCK: 'true',
      MAIL_MAX_PER_SECOND: '4',
    });
    replicaB = platform.service.replica('b');
    await replicaB.startAndWaitReady();
    db = await mongoose.createConnection(platform.environment.mongoUri, { dbName: `e2e_${platform.runId}_opportunities` }).asPromise();
  });

  afterAll(async () => {
    await db?.close();
    await replicaB?.stop();
    await platform?.stop();
    await mailpit?.stop();
  });

  it('sends each recipient the period’s digest once, with the period’s items once, through a kill and a restart', async () => {
    const keyword = `kw${randomToken(10)}`;
    const contacts: ContactSnapshotV1[] = Array.from({ length: RECIPIENTS }, (_, n) => ({ contactId: randomUUID(), name: `Contact ${n}`, email: `c${n}-${keyword}@members.example` }));
    const organisation = anOrganisation(platform.clusterId, contacts);
    await publishOrganisation(platform, organisation);

    // Subscriptions of the organisation, made by its cluster's manager; accepted once the read model knows the contacts.
    const now = new Date();
    const hour = (now.getUTCHours() + 1) % 24;
    const subscriptionIds: string[] = [];
    for (let s = 0; s < SUBSCRIPTIONS; s++) {
      const body = {
        name: `Digest ${s} ${keyword}`,
        subscriber: { kind: 'organisation', clusterId: platform.clusterId, organisationId: organisation.organisationId },
        filters: { keywords: [keyword] },
        channels: { email: { recipients: contacts.map((contact) => contact.contactId), cadence: 'daily', timeZone: 'UTC', hour } },
      };
      let created: { subscriptionId: string } | undefined;
      await waitFor(
        async () => {
          const response = await platform.manager.post<{ subscriptionId: string }>('/subscriptions', body);
          if (response.status === 201) created = response.body;
          return response.status === 201;
        },
        { timeoutMs: 60_000, intervalMs: 500, description: 'the contacts in the opportunities read model' },
      );
      subscriptionIds.push(created?.subscriptionId ?? '');
    }

    const titles = Array.from({ length: PUBLICATIONS }, (_, n) => `Lot ${n} ${keyword}`);
    for (const title of titles) {
      const response = await platform.manager.post('/opportunities', {
        type: 'tender',
        title,
        description: 'A publication of the mail fault scenario.',
        sectors: ['district-heating'],
        deadline: new Date(Date.now() + 30 * DAY_MS).toISOString(),
        publish: true,
      });
      expect(response.status).toBe(201);
    }
    const feed = db!.collection<{ _id: string }>('notification_feed');
    await waitFor(async () => (await feed.countDocuments({ _id: { $in: subscriptionIds.map((id) => `${id}:${PUBLICATIONS}`) } })) === SUBSCRIPTIONS, {
      timeoutMs: 60_000,
      description: 'every publication in every subscription’s feed',
    });

    // Every replica's clock past the period's end (the next `hour`:00 UTC) and the scheduler's grace.
    const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), now.getUTCHours() + 1);
    await db!.collection<{ _id: string; now: Date }>('mail_test_clock').updateOne({ _id: 'now' }, { $set: { now: new Date(end + DIGEST_GRACE_MS + 1000) } }, { upsert: true });
    const ours = (messages: MailpitSummary[]): MailpitSummary[] => messages.filter((message) => message.Subject.includes(keyword));
    const expected = SUBSCRIPTIONS * RECIPIENTS;
    await waitFor(async () => ours(await mailpit.messages()).length >= expected / 4, { timeoutMs: 60_000, intervalMs: 100, description: 'a quarter of the digests sent' });
    const sentAtKill = ours(await mailpit.messages()).length;
    await platform.service.kill('SIGKILL');
    const killedAt = Date.now();
    // A new instance id: the killed one's broadcast group still has its dead member until the session times out.
    await platform.startService();

    await waitFor(async () => new Set(ours(await mailpit.messages()).map((message) => message.MessageID)).size >= expected, { timeoutMs: 120_000, intervalMs: 500, description: `${expected} digests` });
    const deliveries = db!.collection<{ status: string }>('mail_deliveries');
    await waitFor(async () => (await deliveries.countDocuments({ status: { $in: ['pending', 'sending'] } })) === 0, { timeoutMs: 60_000, description: 'every delivery settled' });
    await new Promise((resolve) => setTimeout(resolve, 2000));

    const received = ours(await mailpit.messages());
    const distinct = new Set(received.map((message) => message.MessageID));
    const perPair = new Map<string, Set<string>>();
    for (const message of received) {
      const key = `${message.Subject}|${message.To[0]?.Address}`;
      perPair.set(key, (perPair.get(key) ?? new Set()).add(message.MessageID));
    }
    const resends = received.length - distinct.size;
    process.stdout.write(
      `[mail] kill -9 after ${sentAtKill} of ${expected} digests; all sent ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the kill: ` +
        `${received.length} messages, ${distinct.size} distinct, duplicates (two different digests of one period to one recipient): ` +
        `${[...perPair.values()].filter((ids) => ids.size > 1).length}, same-Message-ID resends: ${resends}\n`,
    );
    expect(distinct.size).toBe(expected);
    expect(perPair.size).toBe(expected);
    expect([...perPair.values()].every((ids) => ids.size === 1)).toBe(true);
    expect(resends).toBeLessThanOrEqual(1);
    expect(await deliveries.countDocuments({ status: 'sent' })).toBe(expected);

    // Exactly the period's items, each once, in every digest.
    for (const message of received.filter((entry, index) => received.findIndex((other) => other.MessageID === entry.MessageID) === index)) {
      const text = await mailpit.text(message.ID);
      for (const title of titles) expect(text.split(title).length - 1).toBe(1);
    }
    platform.markPassed();
  });
});

function anOrganisation(clusterId: string, contacts: ContactSnapshotV1[]): OrganisationSnapshotV1 {
  return {
    organisationId: randomUUID(),
    clusterId,
    name: 'Nordic Heat Oy',
    helixType: 'company',
    companySize: 'sme',
    country: 'FI',
    sectors: ['district-heating'],
    technologies: ['heat-pumps'],
    offers: [],
    needs: [],
    contacts,
    status: 'active',
    joinedAt: '2025-01-15T09:00:00.000Z',
  };
}

/** Plays membership: the organisation with its contacts, on membership's real topic. */
async function publishOrganisation(platform: OpportunitiesPlatform, organisation: OrganisationSnapshotV1): Promise<void> {
  const event = buildEvent(OrganisationJoined, { subject: organisation.organisationId, sequence: 1, data: { organisation }, source: '/icn/membership' });
  const producer = platform.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  try {
    await producer.send({
      topic: Topics.membershipOrganisation,
      acks: -1,
      messages: [{ key: event.subject, value: JSON.stringify(event), headers: { [EventHeaders.contentType]: CLOUD_EVENTS_CONTENT_TYPE, [EventHeaders.type]: event.type, [EventHeaders.id]: event.id } }],
    });
  } finally {
    await producer.disconnect();
  }
}
