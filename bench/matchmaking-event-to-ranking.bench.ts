/**
 * Organisation event -> present in matchmaking's rankings, over Kafka, with the real (compiled)
 * matchmaking process (issue 4, point 8). The benchmark plays membership: it produces
 * OrganisationJoined events to membership's topic with an idempotent producer (acks=all), at a
 * steady rate, and polls (one request at a time, round-robin over the pending ones) matchmaking's `GET /matches/organisations/:id/organisations`
 * until the organisation is ranked — answered (no longer a 404) and paired with an anchor
 * organisation it was built to match best. That covers the whole path inside matchmaking: consume,
 * validate, dedupe, projection write (FerretDB), index upsert, HTTP ranking.
 *
 * Matchmaking runs with its own database and consumer groups, positioned at the end of the shared
 * topics (no replay of other runs' history), against the local stack. Expects `npm run build`
 * (the service and this file from dist/out-tsc); `bash bench/run-matching.sh` does it.
 *
 * Run alone: ICN_DIST_DIR=dist/out-tsc node -r ./scripts/register-paths.js dist/out-tsc/bench/matchmaking-event-to-ranking.bench.js
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  CLOUD_EVENTS_CONTENT_TYPE,
  ClusterRegistered,
  EventHeaders,
  OrganisationJoined,
  Topics,
  type CloudEvent,
  type OrganisationSnapshotV1,
} from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import type { Producer } from 'kafkajs';
import mongoose from 'mongoose';
import { HttpClient } from '../test/support/http-client';
import { positionGroupAtEnd } from '@icn/messaging';
import { deleteGroups, testKafka } from '../test/support/kafka-client';
import { networkAdminToken, randomJwtSecret } from '../test/support/tokens';
import { randomToken } from '../test/support/unique-id';
import { sleep, waitFor } from '../test/support/wait-for';
import { BenchService, REPO_ROOT } from './support/bench-service';
import { atSteadyRate, formatSummary, summarise, type LatencySummary } from './support/latency-stats';
import { numberFromEnv } from './support/number-from-env';

export interface EventToRankingOptions {
  organisations: number;
  warmup: number;
  ratePerSecond: number;
  pollMs: number;
  timeoutMs: number;
}

export interface EventToRankingResult {
  /** Before the produce call -> ranked (the figure asked for). */
  eventToRanked: LatencySummary;
  /** Before the produce call -> acknowledged by the broker (acks=all). */
  produceAck: LatencySummary;
  missing: number;
  throughputPerSecond: number;
}

interface Ranked {
  items: { organisationId: string }[];
}

const SOURCE = '/icn/membership';

export async function runEventToRanking(env: { kafkaBrokers: string; mongoUri: string }, options: EventToRankingOptions): Promise<EventToRankingResult> {
  const runId = randomToken(8);
  const clusterId = `bench-${randomToken(10)}`;
  const database = `bench_${runId}_matchmaking`;
  const groups = { directory: `bench-${runId}-matchmaking`, opportunities: `bench-${runId}-matchmaking.opportunities`, suggestions: `bench-${runId}-matchmaking.suggestions` };
  const secret = randomJwtSecret();
  const matchmaking = new BenchService('matchmaking', `${runId}-event-to-ranking-matchmaking`, {
    MONGODB_URI: env.mongoUri,
    MONGODB_DB: database,
    KAFKA_BROKERS: env.kafkaBrokers,
    KAFKA_CLIENT_ID: `bench-${runId}-matchmaking`,
    JWT_SECRET: secret,
    LOG_LEVEL: 'warn',
    // Not production: the benchmark signs its tokens with the shared JWT secret, a development
    // option the services refuse in production (kafkajs and Nest behave the same either way).
    NODE_ENV: 'development',
    RATE_LIMIT_PER_MINUTE: '1000000',
    CONSUMER_GROUP: groups.directory,
    OPPORTUNITY_CONSUMER_GROUP: groups.opportunities,
    SUGGESTIONS_CONSUMER_GROUP: groups.suggestions,
  });
  const kafka = testKafka(env.kafkaBrokers, `bench-${runId}-driver`);
  const client = new HttpClient(() => matchmaking.baseUrl, networkAdminToken(secret));
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  try {
    // Only this run's events: every group starts at the shared topics' current end.
    await positionGroupAtEnd(kafka, groups.directory, [Topics.membershipCluster, Topics.membershipOrganisation]);
    await positionGroupAtEnd(kafka, groups.opportunities, [Topics.opportunitiesOpportunity]);
    await matchmaking.startAndWaitReady();
    await producer.connect();

    await produce(producer, Topics.membershipCluster, buildEvent(ClusterRegistered, { subject: clusterId, sequence: 1, source: SOURCE, data: { cluster: benchCluster(clusterId) } }));
    await waitFor(async () => (await client.get(`/directory/clusters/${clusterId}`)).status === 200, {
      timeoutMs: 90_000,
      description: `cluster ${clusterId} in matchmaking's directory (consumer group joined)`,
    });
    // The anchor offers what every benchmark organisation needs: it tops each one's partner ranking.
    const anchor = benchOrganisation(clusterId, -1, {
      name: 'Anchor Heat Pumps A/S',
      offers: ['large heat pumps for district heating networks'],
      needs: ['pilot sites'],
    });
    await produce(producer, Topics.membershipOrganisation, joined(anchor));

    const ranksWithAnchor = async (organisationId: string): Promise<boolean> => {
      const response = await client.get<Ranked>(`/matches/organisations/${organisationId}/organisations?limit=5`);
      return response.status === 200 && response.body.items.some((item) => item.organisationId === anchor.organisationId);
    };
    const runPhase = async (count: number, offset: number): Promise<{ ranked: number[]; produceAck: number[]; missing: number; elapsedS: number }> => {
      const pending = new Map<string, number>();
      const ranked: number[] = [];
      const produceAck: number[] = [];
      let missing = 0;
      let producing = true;
      // One poller for all pending organisations, one request at a time: the polling load stays
      // bounded (a poller per organisation would slow down the very consumer being measured).
      const poller = (async () => {
        while (producing || pending.size > 0) {
          if (pending.size === 0) await sleep(options.pollMs);
          for (const [organisationId, startedAt] of [...pending]) {
            if (await ranksWithAnchor(organisationId)) {
              ranked.push(performance.now() - startedAt);
              pending.delete(organisationId);
            } else if (performance.now() - startedAt > options.timeoutMs) {
              missing += 1;
              pending.delete(organisationId);
            }
          }
          if (pending.size > 0) await sleep(options.pollMs);
        }
      })();
      const started = performance.now();
      await atSteadyRate(count, options.ratePerSecond, async (n) => {
        const organisation = benchOrganisation(clusterId, offset + n, {});
        const sentAt = performance.now();
        await produce(producer, Topics.membershipOrganisation, joined(organisation));
        produceAck.push(performance.now() - sentAt);
        pending.set(organisation.organisationId, sentAt);
      });
      producing = false;
      await poller;
      return { ranked, produceAck, missing, elapsedS: (performance.now() - started) / 1000 };
    };

    // Warm-up (JIT, connection pools, first fetches), then the measured run at a steady rate.
    await runPhase(options.warmup, 1_000_000);
    const measured = await runPhase(options.organisations, 0);
    return {
      eventToRanked: summarise(measured.ranked),
      produceAck: summarise(measured.produceAck),
      missing: measured.missing,
      throughputPerSecond: measured.ranked.length / measured.elapsedS,
    };
  } finally {
    await producer.disconnect().catch(() => undefined);
    await matchmaking.stop();
    if (process.env['BENCH_KEEP_DATA'] !== '1') {
      await deleteGroups(kafka, Object.values(groups));
      const connection = await mongoose.createConnection(env.mongoUri, { dbName: database }).asPromise();
      await connection.dropDatabase().catch((error: unknown) => console.warn(`could not drop ${database}: ${String(error)}`));
      await connection.close();
    }
  }
}

async function produce(producer: Producer, topic: string, event: CloudEvent<object>): Promise<void> {
  await producer.send({
    topic,
    acks: -1,
    messages: [
      {
        key: event.subject,
        value: JSON.stringify(event),
        headers: { [EventHeaders.contentType]: CLOUD_EVENTS_CONTENT_TYPE, [EventHeaders.type]: event.type, [EventHeaders.id]: event.id },
      },
    ],
  });
}

function joined(organisation: OrganisationSnapshotV1): CloudEvent<object> {
  return buildEvent(OrganisationJoined, { subject: organisation.organisationId, sequence: 1, source: SOURCE, data: { organisation } });
}

function benchCluster(clusterId: string) {
  return {
    clusterId,
    name: `Benchmark cluster ${clusterId}`,
    country: 'DK',
    focusSectors: ['district-heating' as const],
    memberCounts: { companies: 0, publicAuthorities: 0, researchInstitutions: 0, other: 0 },
    secretariat: false,
    status: 'active' as const,
  };
}

/**
 * Benchmark organisations share only a sector among themselves (and their need, which no other
 * benchmark organisation offers), so the anchor, which also answers that need, is each one's best
 * partner however many have joined.
 */
function benchOrganisation(clusterId: string, n: number, overrides: Partial<OrganisationSnapshotV1>): OrganisationSnapshotV1 {
  return {
    organisationId: randomUUID(),
    clusterId,
    name: `Bench organisation ${n}`,
    helixType: 'company',
    companySize: 'sme',
    country: 'DK',
    sectors: ['district-heating'],
    technologies: [],
    offers: [`engineering services lot ${n}`],
    needs: ['large heat pumps for district heating'],
    contacts: [],
    status: 'active',
    joinedAt: new Date().toISOString(),
    ...overrides,
  };
}

async function main(): Promise<void> {
  const options: EventToRankingOptions = {
    organisations: numberFromEnv('BENCH_EVENT_ORGANISATIONS', 300),
    warmup: numberFromEnv('BENCH_EVENT_WARMUP', 20),
    ratePerSecond: numberFromEnv('BENCH_EVENT_RATE', 5),
    pollMs: numberFromEnv('BENCH_EVENT_POLL_MS', 10),
    timeoutMs: numberFromEnv('BENCH_EVENT_TIMEOUT_MS', 30_000),
  };
  const env = { kafkaBrokers: process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092', mongoUri: process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017' };
  console.log(`[bench] organisation event -> ranked: ${options.organisations} OrganisationJoined at ${options.ratePerSecond}/s (after ${options.warmup} warm-up), polling every ${options.pollMs} ms`);
  const result = await runEventToRanking(env, options);
  console.log(formatSummary('event -> ranked (over Kafka)', result.eventToRanked, result.throughputPerSecond));
  console.log(formatSummary('  of which produce -> broker ack', result.produceAck, result.throughputPerSecond));
  console.log(`missing after ${options.timeoutMs} ms: ${result.missing}`);
  const dir = join(REPO_ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, 'results.jsonl'), `${JSON.stringify({ at: new Date().toISOString(), bench: 'matchmaking-event-to-ranking', options, result })}\n`);
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
