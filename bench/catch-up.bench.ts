/**
 * Read-model catch-up: how fast matchmaking's directory applies a backlog of membership events when
 * it starts with a NEW consumer group (a rebuild, a new replica set, a restore).
 *
 * For each store of BENCH_STORES (empty, or 100,000 organisations seeded directly in matchmaking's
 * directory): BENCH_CATCHUP_EVENTS OrganisationJoined events — decided by membership's domain,
 * committed by the real WritePath against an in-memory commit store (so the envelopes are built and
 * checked against the contracts exactly as in production) and published by the relay's own
 * EventPublisher — go to the real `icn.membership.organisation.v1` topic. Then matchmaking starts
 * with a new directory group positioned just before them, and the benchmark follows its "directory
 * event applied" log lines until every one is applied. Other runs' events on the shared topic in
 * that window are applied too (a handful): they are work a real catch-up would also do. A batch's
 * events are logged together once its writes and listeners are done, so they share one time; the
 * figure judged is therefore from ready (the group joins then) to the last event applied.
 *
 * The events land on the shared topic: every matchmaking reading it at the time (a test's, another
 * benchmark's) applies them too. Do not run it next to `npm run bench`, whose figures it would distort.
 *
 *   bash bench/run-catch-up.sh
 *   node -r ./scripts/register-paths.js <ICN_DIST_DIR>/bench/catch-up.bench.js
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { OrganisationJoined, Topics } from '@icn/contracts';
import { endOffsetsOf, EventPublisher } from '@icn/messaging';
import { randomToken } from '../test/support/unique-id';
import { sleep } from '../test/support/wait-for';
import { AppliedLogTail } from './support/applied-log-tail';
import { BenchPlatform, type BenchEnvironment } from './support/bench-platform';
import { REPO_ROOT } from './support/bench-service';
import { CreationRecorder } from './support/creation-recorder';
import { choiceListFromEnv, numberFromEnv } from './support/number-from-env';
import { formatSeedReport, seedOrganisations, type SeedReport } from './support/store-seed';
import { SyntheticJoins } from './support/synthetic-joins';

const STORES = ['empty', '100k'] as const;
type StoreName = (typeof STORES)[number];

export interface CatchUpOptions {
  events: number;
  stores: StoreName[];
  seededOrganisations: number;
  seedBatchSize: number;
  /** Events per produce request (the relay publishes a pass's commits in one batch too). */
  produceBatch: number;
  /** Gives up when nothing new is applied for this long. */
  stallTimeoutMs: number;
}

export interface CatchUpResult {
  store: StoreName;
  events: number;
  seed?: SeedReport;
  produceSeconds: number;
  /** Process spawned -> /health/ready (with a 100k store: the matching index loaded). */
  readySeconds: number;
  /** Process spawned -> first event applied. */
  firstAppliedSeconds: number;
  /**
   * Ready -> last event applied: the catch-up proper, judged against the aim. Not first -> last: a
   * guarded group fetches up to 8 MiB per partition and logs a batch's events together once its
   * writes and listeners are done, so the first log line already comes after most of the work.
   */
  catchUpSeconds: number;
  appliedPerSecond: number;
  /** First -> last "applied" log line (batch-granular: see catchUpSeconds). */
  firstToLastSeconds: number;
  appliedPerSecondFirstToLast: number;
  /** Spawn -> last applied, start-up included. */
  appliedPerSecondFromStart: number;
  /** Events applied in the best and worst whole second between first and last. */
  peakPerSecond: number;
  slowestPerSecond: number;
  applied: number;
  /** The run's cluster counted through matchmaking's API afterwards. */
  inDirectory: number;
}

export async function runCatchUp(env: BenchEnvironment, options: CatchUpOptions): Promise<CatchUpResult[]> {
  const results: CatchUpResult[] = [];
  for (const store of options.stores) {
    const result = await runStore(env, store, options);
    for (const line of formatResult(result)) console.log(line);
    const dir = join(REPO_ROOT, 'bench/results');
    mkdirSync(dir, { recursive: true });
    appendFileSync(join(dir, 'results.jsonl'), `${JSON.stringify({ at: new Date().toISOString(), bench: 'catch-up', options, result })}\n`);
    results.push(result);
  }
  return results;
}

async function runStore(env: BenchEnvironment, store: StoreName, options: CatchUpOptions): Promise<CatchUpResult> {
  const platform = new BenchPlatform(env);
  try {
    let seed: SeedReport | undefined;
    if (store === '100k') {
      const matchmaking = await platform.connect('matchmaking');
      try {
        console.error(`[catch-up] seeding ${options.seededOrganisations} organisations into ${platform.databases.matchmaking}`);
        seed = await seedOrganisations({ matchmaking }, options.seededOrganisations, { seed: 20261204, batchSize: options.seedBatchSize });
        console.log(formatSeedReport(seed));
      } finally {
        await matchmaking.close();
      }
    }

    const clusterId = `bench-${randomToken(10)}`;
    const start = await endOffsetsOf(platform.kafka, [Topics.membershipOrganisation]);
    console.error(`[catch-up] producing ${options.events} OrganisationJoined events (cluster ${clusterId}) to ${Topics.membershipOrganisation}`);
    const producing = performance.now();
    const ids = await produceJoins(platform, clusterId, options);
    const produceSeconds = (performance.now() - producing) / 1000;
    console.error(`[catch-up] produced in ${produceSeconds.toFixed(1)} s; starting matchmaking with a new directory group`);

    const tail = new AppliedLogTail(platform.matchmaking.logFile, OrganisationJoined.type);
    const spawnedAt = Date.now();
    await platform.startMatchmakingFrom(start);
    const readySeconds = (Date.now() - spawnedAt) / 1000;
    console.error(`[catch-up] matchmaking ready after ${readySeconds.toFixed(1)} s; log ${platform.matchmaking.logFile}`);

    await waitUntilApplied(tail, ids, options.stallTimeoutMs);
    const times = ids.map((id) => tail.appliedAt(id)).filter((at): at is number => at !== undefined);
    if (times.length === 0) throw new Error(`none of the ${ids.length} events was applied; see ${platform.matchmaking.logFile}`);
    const first = times.reduce((min, at) => Math.min(min, at), Infinity);
    const last = times.reduce((max, at) => Math.max(max, at), -Infinity);
    const perSecond = countPerWholeSecond(times, first, last);
    const readyAt = spawnedAt + readySeconds * 1000;
    const catchUpSeconds = (last - readyAt) / 1000;
    const firstToLastSeconds = (last - first) / 1000;
    return {
      store,
      events: options.events,
      ...(seed === undefined ? {} : { seed }),
      produceSeconds,
      readySeconds,
      firstAppliedSeconds: (first - spawnedAt) / 1000,
      catchUpSeconds,
      appliedPerSecond: times.length / Math.max(catchUpSeconds, 0.001),
      firstToLastSeconds,
      appliedPerSecondFirstToLast: times.length / Math.max(firstToLastSeconds, 0.001),
      appliedPerSecondFromStart: times.length / ((last - spawnedAt) / 1000),
      peakPerSecond: perSecond.length === 0 ? times.length : perSecond.reduce((max, n) => Math.max(max, n), 0),
      slowestPerSecond: perSecond.length === 0 ? times.length : perSecond.reduce((min, n) => Math.min(min, n), Infinity),
      applied: times.length,
      inDirectory: await platform.directory.countOrganisations(clusterId),
    };
  } finally {
    await platform.stop();
  }
}

/** The joins, committed as membership would and published as its relay would; returns their ids in order. */
async function produceJoins(platform: BenchPlatform, clusterId: string, options: CatchUpOptions): Promise<string[]> {
  const joins = new SyntheticJoins(20261205, clusterId);
  const creator = new CreationRecorder();
  const publisher = new EventPublisher(platform.kafka);
  const ids: string[] = [];
  try {
    for (let done = 0; done < options.events; done += options.produceBatch) {
      const created = await creator.create(joins.take(Math.min(options.produceBatch, options.events - done)));
      await publisher.publishEntries(created.flatMap(({ commit }) => commit.events));
      ids.push(...created.map(({ state }) => state.organisationId));
    }
    return ids;
  } finally {
    await Promise.all([creator.close(), publisher.disconnect()]);
  }
}

async function waitUntilApplied(tail: AppliedLogTail, ids: readonly string[], stallTimeoutMs: number): Promise<void> {
  let lastSize = -1;
  let lastProgressAt = Date.now();
  for (;;) {
    tail.poll();
    const pending = ids.filter((id) => tail.appliedAt(id) === undefined).length;
    if (pending === 0) return;
    if (tail.size !== lastSize) {
      lastSize = tail.size;
      lastProgressAt = Date.now();
    } else if (Date.now() - lastProgressAt > stallTimeoutMs) {
      console.warn(`[catch-up] ${pending} of ${ids.length} events not applied; nothing new for ${stallTimeoutMs} ms`);
      return;
    }
    await sleep(250);
  }
}

/** Events applied in each whole second from `first` (the partial last second is left out). */
function countPerWholeSecond(times: readonly number[], first: number, last: number): number[] {
  const seconds = Math.floor((last - first) / 1000);
  const counts = new Array<number>(seconds).fill(0);
  for (const at of times) {
    const second = Math.floor((at - first) / 1000);
    if (second < seconds) counts[second] = (counts[second] ?? 0) + 1;
  }
  return counts;
}

export function formatResult(result: CatchUpResult): string[] {
  const caughtUp = result.applied === result.events;
  const aim = caughtUp && result.appliedPerSecond >= 1000 ? 'MET' : `NOT MET${caughtUp ? '' : ' (not caught up)'}`;
  return [
    `catch-up store=${result.store}: ${result.applied}/${result.events} OrganisationJoined events applied (inDirectory=${result.inDirectory}); ` +
      `${result.appliedPerSecond.toFixed(0)} events/s ready -> last applied (${result.catchUpSeconds.toFixed(1)} s) -> aim >= 1,000/s ${aim}`,
    `  first -> last applied log line ${result.appliedPerSecondFirstToLast.toFixed(0)} events/s (${result.firstToLastSeconds.toFixed(1)} s; batch-granular); best second ${result.peakPerSecond}, worst second ${result.slowestPerSecond}; ${result.appliedPerSecondFromStart.toFixed(0)} events/s from process start ` +
      `(ready after ${result.readySeconds.toFixed(1)} s, first applied after ${result.firstAppliedSeconds.toFixed(1)} s); produced in ${result.produceSeconds.toFixed(1)} s`,
  ];
}

if (require.main === module) {
  const env = {
    kafkaBrokers: process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092',
    mongoUri: process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017',
  };
  const options: CatchUpOptions = {
    events: numberFromEnv('BENCH_CATCHUP_EVENTS', 20_000),
    stores: choiceListFromEnv('BENCH_STORES', STORES, STORES),
    seededOrganisations: numberFromEnv('BENCH_SEED_ORGANISATIONS', 100_000),
    seedBatchSize: numberFromEnv('BENCH_SEED_BATCH', 1000),
    produceBatch: numberFromEnv('BENCH_CATCHUP_PRODUCE_BATCH', 500),
    stallTimeoutMs: numberFromEnv('BENCH_CATCHUP_STALL_MS', 60_000),
  };
  runCatchUp(env, options)
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
