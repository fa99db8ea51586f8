import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import { CLOUD_EVENTS_CONTENT_TYPE, deadLetterTopicOf, EventHeaders, OrganisationJoined, OrganisationSuspended, Topics, type CloudEvent } from '@icn/contracts';
import { E2ePlatform } from '../support/e2e-platform';
import { organisationInput } from '../support/factories';
import { REPO_ROOT } from '../support/service-process';
import { waitFor } from '../support/wait-for';

const TOPIC = Topics.membershipOrganisation;
const DLQ = deadLetterTopicOf(TOPIC);
const run = promisify(execFile);

interface ListedDeadLetter {
  partition: number;
  offset: string;
  consumerGroup: string;
  reason: string;
  eventId: string | null;
}

interface RedriveRow {
  eventId: string | null;
  status: string;
  copy: { partition: number; offset: string } | null;
}

/**
 * The whole dead-letter loop an operator runs, with the real matchmaking process and the compiled
 * `npm run dlq` command: an organisation's suspension reaches matchmaking before the organisation
 * itself (its `joined` was lost upstream and is published again later — the cause), so the
 * directory, whose missing-document policy is `park`, dead-letters the delta at once; the list names
 * it with its reason and group; once the `joined` has arrived (the cause fixed), the suspension is
 * redriven by its position and applied, exactly once; redriving it again publishes nothing.
 */
describe('fault: a dead letter redriven once its cause is fixed', () => {
  let platform: E2ePlatform;

  beforeAll(async () => {
    platform = await E2ePlatform.start('dlq-redrive');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('parks the suspension of an unknown organisation, lists it with its reason, and redrives it once its organisation exists', async () => {
    const organisationId = randomUUID();
    const joined = joinedEvent(platform.clusterId, organisationId);
    const suspended = suspendedEvent(platform.clusterId, organisationId);

    // The suspension alone: nothing to apply it to.
    await produce(platform, [suspended]);
    const parked = await waitFor(
      async () => (await dlq(platform, ['list', DLQ, '--group', platform.consumerGroup, '--json'])).records.find((record) => record.eventId === suspended.id),
      { timeoutMs: 60_000, intervalMs: 1_000, description: "the suspension parked on the DLQ by this run's directory group" },
    );
    console.log(`[e2e] dlq-redrive: parked at ${parked.partition}:${parked.offset}, reason "${parked.reason}"`);
    expect(parked.consumerGroup).toBe(platform.consumerGroup);
    expect(parked.reason).toMatch(/organisation|document/i);
    expect((await platform.directory.getOrganisation(organisationId)).status).toBe(404);

    // The cause, fixed: the organisation's first event arrives.
    await produce(platform, [joined]);
    await waitFor(async () => (await platform.directory.getOrganisation(organisationId)).status === 200, { timeoutMs: 60_000, description: 'the organisation in the directory' });

    const position = `${parked.partition}:${parked.offset}`;
    const dryRun = await redrive(platform, position, ['--dry-run']);
    expect(dryRun.map(({ eventId, status }) => [eventId, status])).toEqual([[suspended.id, 'would-redrive']]);

    const first = await redrive(platform, position);
    expect(first.map(({ eventId, status }) => [eventId, status])).toEqual([[suspended.id, 'redriven']]);
    const applied = await waitFor(
      async () => {
        const response = await platform.directory.getOrganisation(organisationId);
        return response.status === 200 && response.body.sync.lastSequence === 2 ? response.body : undefined;
      },
      { timeoutMs: 60_000, description: 'the redriven suspension applied' },
    );
    expect(applied).toMatchObject({ status: 'suspended', sync: { lastSequence: 2, appliedEvents: 2 } });

    // Twice: nothing more is published, and the copy already there is named.
    const second = await redrive(platform, position);
    expect(second.map(({ eventId, status, copy }) => ({ eventId, status, copy }))).toEqual([{ eventId: suspended.id, status: 'already-redriven', copy: first[0]?.copy }]);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const after = await platform.directory.getOrganisation(organisationId);
    expect(after.body).toMatchObject({ status: 'suspended', sync: { lastSequence: 2, appliedEvents: 2 } });
    console.log(`[e2e] dlq-redrive: redriven to ${TOPIC} ${first[0]?.copy?.partition}:${first[0]?.copy?.offset}; second redrive: ${second[0]?.status}; applied events 2`);
    platform.markPassed();
  });
});

/** Runs the compiled dead-letter command, as an operator would, and parses its `--json` output. */
async function dlq(platform: E2ePlatform, args: readonly string[]): Promise<{ records: ListedDeadLetter[] }> {
  const output = await runDlq(platform, args);
  return JSON.parse(output) as { records: ListedDeadLetter[] };
}

async function redrive(platform: E2ePlatform, position: string, extra: readonly string[] = []): Promise<RedriveRow[]> {
  return JSON.parse(await runDlq(platform, ['redrive', DLQ, '--offsets', position, '--json', ...extra])) as RedriveRow[];
}

async function runDlq(platform: E2ePlatform, args: readonly string[]): Promise<string> {
  const cli = join(process.env['ICN_DIST_DIR'] ?? 'dist/out-tsc', 'libs/messaging/src/dead-letter-tools/dlq.cli.js');
  const { stdout } = await run(process.execPath, ['-r', './scripts/register-paths.js', cli, ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env['PATH'] ?? '', KAFKA_BROKERS: platform.env.kafkaBrokers, ...(process.env['ICN_DIST_DIR'] ? { ICN_DIST_DIR: process.env['ICN_DIST_DIR'] } : {}) },
    timeout: 120_000,
  });
  return stdout;
}

/** Produces events straight to the topic, as membership would have (structured mode, keyed by subject). */
async function produce(platform: E2ePlatform, events: readonly CloudEvent<unknown>[]): Promise<void> {
  const producer = platform.kafka.producer({ idempotent: true });
  await producer.connect();
  try {
    await producer.send({
      topic: TOPIC,
      acks: -1,
      messages: events.map((event) => ({
        key: event.subject ?? null,
        value: JSON.stringify(event),
        headers: { [EventHeaders.contentType]: CLOUD_EVENTS_CONTENT_TYPE, [EventHeaders.type]: event.type, [EventHeaders.id]: event.id },
      })),
    });
  } finally {
    await producer.disconnect();
  }
}

function joinedEvent(clusterId: string, organisationId: string): CloudEvent<unknown> {
  const now = new Date().toISOString();
  const organisation = { ...organisationInput(clusterId, 1, { name: 'E2E redriven organisation' }), organisationId, contacts: [], status: 'active', joinedAt: now };
  return envelope(OrganisationJoined.type, organisationId, 1, { organisation });
}

function suspendedEvent(clusterId: string, organisationId: string): CloudEvent<unknown> {
  return envelope(OrganisationSuspended.type, organisationId, 2, { organisationId, clusterId, reason: 'unpaid membership fee', suspendedAt: new Date().toISOString() });
}

function envelope(type: string, subject: string, sequence: number, data: unknown): CloudEvent<unknown> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: 'e2e-test',
    type,
    subject,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    correlationid: randomUUID(),
    subjectsequence: sequence,
    data,
  };
}
