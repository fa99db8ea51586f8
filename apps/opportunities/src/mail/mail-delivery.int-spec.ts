import { uniqueDbName } from '@icn/testing';
import mongoose, { type Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { digestGroups } from './domain/digest-items';
import { latestDuePeriod } from './domain/digest-period';
import { loadMailConfig, type MailConfig } from './mail.config';
import { MailDeliveryWorker, type MailTransport } from './mail-delivery.worker';
import { MailDeliveryRepository, type ScheduledMail } from './persistence/mail-delivery.repository';
import { loadOpportunityMailTemplates } from './rendering/mail-templates';
import { composeOpportunityMail } from './rendering/opportunity-mail.composer';
import { aNotification } from './testing/mail-fixtures';
import { MailpitProcess, type MailpitSummary } from './testing/mailpit';
import { SmtpMailer } from './transport/smtp-mailer';

const SECRET = 'unsubscribe-secret-for-tests-0123456789';
const templates = loadOpportunityMailTemplates();
const settings = { from: 'ICN Platform <alerts@icn.example>', consolePublicUrl: 'http://127.0.0.1:3000', opportunitiesPublicUrl: 'http://127.0.0.1:3003', unsubscribeSecret: SECRET };

/** Two "replicas": each its own database connection, repository, SMTP transport and worker, on one database. */
interface Replica {
  connection: Connection;
  repository: MailDeliveryRepository;
  worker: MailDeliveryWorker;
  transport: SwitchableTransport;
}

/** A transport the test can point at the real Mailpit or at a port where nothing listens. */
class SwitchableTransport implements MailTransport {
  constructor(public current: SmtpMailer) {}
  send: MailTransport['send'] = (mail) => this.current.send(mail);
}

/**
 * Exactly-once mail (ADR 19) against the real FerretDB and the real Mailpit: claims, deliveries
 * and attempts elected by unique inserts across two replicas, crashes while scheduling and while
 * sending, retries with backoff into the delivery log, unsubscribe, the per-recipient rate limit.
 */
describe('mail delivery across replicas and crashes (FerretDB, Mailpit)', () => {
  const dbName = uniqueDbName('opp_mail_int');
  let mailpit: MailpitProcess;
  let config: MailConfig;
  let down: SmtpMailer;
  const replicas: Replica[] = [];

  async function replica(overrides: Record<string, string> = {}): Promise<Replica> {
    const connection = await mongoose.createConnection(process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017', { dbName }).asPromise();
    const repository = new MailDeliveryRepository(connection);
    await repository.onModuleInit();
    const replicaConfig = loadMailConfig({ ...baseEnv(), ...overrides });
    const transport = new SwitchableTransport(new SmtpMailer(replicaConfig));
    const worker = new MailDeliveryWorker(repository, transport, replicaConfig);
    const created = { connection, repository, worker, transport };
    replicas.push(created);
    return created;
  }

  function baseEnv(): Record<string, string> {
    return { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mailpit.smtpPort), SMTP_TLS: 'none', SMTP_TIMEOUT_MS: '1000', MAIL_UNSUBSCRIBE_SECRET: SECRET, MAIL_BACKOFF_BASE_MS: '50', MAIL_BACKOFF_MAX_MS: '200', MAIL_POLL_MS: '100', MAIL_MAX_PER_SECOND: '50' };
  }

  /** A digest for each recipient, composed as the scheduler does. */
  function digestFor(subscriptionId: string, recipients: { contactId: string; email: string }[]): { claimId: string; mails: ScheduledMail[] } {
    const period = latestDuePeriod({ cadence: 'daily', timeZone: 'Europe/Berlin', hour: 8 }, new Date('2026-12-05T08:00:00Z'));
    const claimId = `${subscriptionId}:${period.key}`;
    const groups = digestGroups([aNotification('published', '2026-12-04T12:00:00Z'), aNotification('recommended', '2026-12-04T13:00:00Z')], period);
    return {
      claimId,
      mails: recipients.map((recipient) => ({
        subscriptionId,
        recipientId: recipient.contactId,
        mail: composeOpportunityMail(
          { claimId, subscription: { subscriptionId, name: 'Heat pumps' }, subscriberLabel: 'Nordic Heat Oy', recipient: { ...recipient, name: 'Contact', timeZone: 'Europe/Berlin' }, groups, digest: { cadence: 'daily', ...period }, organisationNames: new Map() },
          settings,
          templates,
        ),
      })),
    };
  }

  const recipientsOf = (count: number): { contactId: string; email: string }[] =>
    Array.from({ length: count }, () => {
      const contactId = randomUUID();
      return { contactId, email: `${contactId.slice(0, 8)}@members.example` };
    });

  const copiesOf = (messages: MailpitSummary[], messageIds: readonly string[]): MailpitSummary[] => messages.filter((message) => messageIds.includes(`<${message.MessageID}>`));

  beforeAll(async () => {
    mailpit = await MailpitProcess.start();
    config = loadMailConfig(baseEnv());
    down = new SmtpMailer({ ...config, SMTP_PORT: 1 });
  });

  afterAll(async () => {
    for (const { worker } of replicas) await worker.stop();
    await replicas[0]?.connection.dropDatabase();
    for (const { connection } of replicas) await connection.close();
    await mailpit?.stop();
  });

  it('two replicas claim and send one digest period: one claim wins, each recipient gets exactly one mail', async () => {
    const [a, b] = [await replica(), await replica()];
    const subscriptionId = randomUUID();
    const digest = digestFor(subscriptionId, recipientsOf(3));
    const outcomes = await Promise.all([a.repository.claim(digest.claimId, 60_000), b.repository.claim(digest.claimId, 60_000)]);
    expect(outcomes.sort()).toEqual(['busy', 'claimed']);
    const winner = outcomes.indexOf('claimed') === 0 ? a : b;
    // As the scheduler runs on both: only the claim's winner schedules, and a late second schedule adds nothing.
    expect(await winner.repository.schedule(digest.claimId, digest.mails)).toBe(3);
    await winner.repository.schedule(digest.claimId, digest.mails);
    expect(await a.repository.claim(digest.claimId, 60_000)).toBe('done');
    await Promise.all([a.worker.drainNow(), b.worker.drainNow(), a.worker.drainNow(), b.worker.drainNow()]);
    const ids = digest.mails.map(({ mail }) => mail.messageId);
    const messages = await mailpit.waitFor((all) => copiesOf(all, ids).length >= 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const copies = copiesOf(await mailpit.messages(), ids);
    process.stdout.write(`[mail] two replicas, one period, 3 recipients: ${copies.length} mails received, ${copies.length - new Set(copies.map((message) => message.MessageID)).size} duplicates\n`);
    expect(copies.length).toBe(3);
    expect(messages.length).toBeGreaterThanOrEqual(3);
    const log = await a.repository.log(subscriptionId, 10);
    expect(log.map((entry) => [entry.status, entry.attemptCount])).toEqual([['sent', 1], ['sent', 1], ['sent', 1]]);
  });

  it('a replica killed after claiming, before scheduling: the claim is taken over once it is stale, and the mail goes out', async () => {
    const [a, b] = [replicas[0], replicas[1]];
    const digest = digestFor(randomUUID(), recipientsOf(2));
    // Replica a claimed a minute ago and died before storing the deliveries.
    expect(await a.repository.claim(digest.claimId, 30_000, new Date(Date.now() - 60_000))).toBe('claimed');
    expect(await b.repository.claim(digest.claimId, 120_000)).toBe('busy');
    const takeovers = await Promise.all([a.repository.claim(digest.claimId, 30_000), b.repository.claim(digest.claimId, 30_000)]);
    expect(takeovers.sort()).toEqual(['busy', 'claimed']);
    await b.repository.schedule(digest.claimId, digest.mails);
    await Promise.all([a.worker.drainNow(), b.worker.drainNow()]);
    const ids = digest.mails.map(({ mail }) => mail.messageId);
    await mailpit.waitFor((all) => copiesOf(all, ids).length >= 2);
    expect(copiesOf(await mailpit.messages(), ids).length).toBe(2);
  });

  it('a worker killed while sending: the delivery stays marked sending, another sends it once more under the same Message-ID', async () => {
    const [a, b] = [replicas[0], replicas[1]];
    const digest = digestFor(randomUUID(), recipientsOf(1));
    await a.repository.claim(digest.claimId, 60_000);
    await a.repository.schedule(digest.claimId, digest.mails);
    const delivery = (await a.repository.due(100, a.worker.staleAfterMs)).find((due) => due.claimId === digest.claimId);
    if (!delivery) throw new Error('the scheduled delivery is not due');
    // a claimed the attempt and marked it sending 10 minutes ago, then died before the sent marker.
    expect(await a.repository.claimAttempt(delivery, new Date(Date.now() - 600_000))).toBe(true);
    expect(await b.repository.claimAttempt(delivery)).toBe(false);
    await b.worker.drainNow();
    const [entry] = await b.repository.log(delivery.subscriptionId, 1);
    expect([entry.status, entry.attemptCount]).toEqual(['sent', 1]);
    const copies = copiesOf(await mailpit.waitFor((all) => copiesOf(all, [delivery.messageId]).length >= 1), [delivery.messageId]);
    expect(copies.map((message) => `<${message.MessageID}>`)).toEqual([delivery.messageId]);
  });

  it('a relay that is down: each failed attempt is logged with its error and retried with backoff until it is sent', async () => {
    const a = replicas[0];
    const digest = digestFor(randomUUID(), recipientsOf(1));
    await a.repository.claim(digest.claimId, 60_000);
    await a.repository.schedule(digest.claimId, digest.mails);
    const mailpitTransport = a.transport.current;
    a.transport.current = down;
    await a.worker.drainNow();
    await new Promise((resolve) => setTimeout(resolve, 150));
    await a.worker.drainNow();
    const [failing] = await a.repository.log(digest.mails[0].subscriptionId, 1);
    expect(failing.status).toBe('pending');
    expect(failing.attemptCount).toBeGreaterThanOrEqual(2);
    expect(failing.attempts.every((attempt) => attempt.error !== undefined)).toBe(true);
    a.transport.current = mailpitTransport;
    await new Promise((resolve) => setTimeout(resolve, 250));
    await a.worker.drainNow();
    const [sent] = await a.repository.log(digest.mails[0].subscriptionId, 1);
    expect(sent.status).toBe('sent');
    expect(sent.attempts.at(-1)?.response).toMatch(/^250/);
    expect(copiesOf(await mailpit.waitFor((all) => copiesOf(all, [digest.mails[0].mail.messageId]).length >= 1), [digest.mails[0].mail.messageId]).length).toBe(1);
  });

  it('unsubscribed: the recipient’s scheduled mail is suppressed and no further mail is scheduled for them', async () => {
    const a = replicas[0];
    const subscriptionId = randomUUID();
    const [stays, leaves] = recipientsOf(2);
    const first = digestFor(subscriptionId, [stays, leaves]);
    await a.repository.claim(first.claimId, 60_000);
    await a.repository.schedule(first.claimId, first.mails);
    await a.repository.suppress(subscriptionId, leaves.contactId);
    await a.repository.suppress(subscriptionId, leaves.contactId);
    const second = { claimId: `${subscriptionId}:daily:2026-12-06`, mails: digestFor(subscriptionId, [stays, leaves]).mails };
    await a.repository.claim(second.claimId, 60_000);
    expect(await a.repository.schedule(second.claimId, second.mails)).toBe(1);
    await a.worker.drainNow();
    const log = await a.repository.log(subscriptionId, 10);
    expect(log.filter((entry) => entry.recipientId === leaves.contactId).map((entry) => entry.status)).toEqual(['suppressed']);
    expect(log.filter((entry) => entry.recipientId === stays.contactId).map((entry) => entry.status)).toEqual(['sent', 'sent']);
  });

  it('the per-recipient rate limit holds mail beyond it until the hour has moved on', async () => {
    const limited = await replica({ MAIL_MAX_PER_RECIPIENT_PER_HOUR: '2' });
    const recipient = recipientsOf(1)[0];
    const subscriptionIds = [randomUUID(), randomUUID(), randomUUID()];
    for (const subscriptionId of subscriptionIds) {
      const digest = digestFor(subscriptionId, [recipient]);
      await limited.repository.claim(digest.claimId, 60_000);
      await limited.repository.schedule(digest.claimId, digest.mails);
    }
    await limited.worker.drainNow();
    const entries = (await Promise.all(subscriptionIds.map((id) => limited.repository.log(id, 1)))).map(([entry]) => entry);
    expect(entries.map((entry) => entry.status).sort()).toEqual(['pending', 'sent', 'sent']);
    const held = entries.find((entry) => entry.status === 'pending');
    const firstSent = Math.min(...entries.filter((entry) => entry.sentAt).map((entry) => entry.sentAt?.getTime() ?? 0));
    expect(held?.nextAttemptAt.getTime()).toBe(firstSent + 3_600_000);
    expect(held?.attemptCount).toBe(0);
  });
  it('the global send-rate limit holds across replicas: no second carries more than the limit plus one per other replica', async () => {
    const [a, b] = [await replica({ MAIL_MAX_PER_SECOND: '3' }), await replica({ MAIL_MAX_PER_SECOND: '3' })];
    const digest = digestFor(randomUUID(), recipientsOf(12));
    await a.repository.claim(digest.claimId, 60_000);
    await a.repository.schedule(digest.claimId, digest.mails);
    const started = Date.now();
    await Promise.all([a.worker.drainNow(), b.worker.drainNow()]);
    const log = await a.repository.log(digest.mails[0].subscriptionId, 20);
    expect(log.map((entry) => entry.status)).toEqual(Array.from({ length: 12 }, () => 'sent'));
    const sentAt = log.map((entry) => entry.sentAt?.getTime() ?? 0).sort((x, y) => x - y);
    const busiest = Math.max(...sentAt.map((at) => sentAt.filter((other) => other >= at && other < at + 1000).length));
    process.stdout.write(`[mail] 12 mails at a limit of 3/s over two replicas: ${Date.now() - started} ms, busiest second ${busiest}\n`);
    expect(busiest).toBeLessThanOrEqual(3 + 1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2500);
  });
});
