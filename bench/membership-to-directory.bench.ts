/**
 * The platform path: organisation created over HTTP (membership: validation, the write path's
 * commit claimed in FerretDB, snapshot, commit relay to Kafka) -> present in matchmaking's directory
 * (consumer, dedupe, projection write, matching index), at steady rates, next to the raw kafkajs
 * produce -> consume floor measured in the same run at the same rate and count.
 *
 * Cases: every combination of BENCH_STORES (an empty store, or one seeded with 100,000 organisations
 * directly in the databases, see support/store-seed.ts), BENCH_MEMBERSHIP_REPLICAS (membership
 * processes on one database, requests spread round-robin) and BENCH_RATES (creates per second).
 * One store is seeded once and serves all its cases; each case creates its organisations in a
 * cluster of its own, warms up, measures, and drains before the next.
 *
 *   bash bench/run.sh
 *   node -r ./scripts/register-paths.js <ICN_DIST_DIR>/bench/membership-to-directory.bench.js
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { OrganisationJoined } from '@icn/contracts';
import { COMMITS_COLLECTION, type CommitRecord } from '@icn/messaging';
import { organisationInput } from '../test/support/factories';
import { sleep } from '../test/support/wait-for';
import { runKafkaFloor, type FloorResult } from './kafka-floor.bench';
import { AppliedLogTail } from './support/applied-log-tail';
import { BenchPlatform, type BenchEnvironment } from './support/bench-platform';
import { REPO_ROOT } from './support/bench-service';
import { atSteadyRate, formatSummary, latencyTrend, summarise, type LatencySummary, type LatencyTrend } from './support/latency-stats';
import { choiceListFromEnv, numberFromEnv, numberListFromEnv } from './support/number-from-env';
import { formatSeedReport, seedOrganisations, type SeedReport } from './support/store-seed';

const STORES = ['empty', '100k'] as const;
type StoreName = (typeof STORES)[number];

export interface DirectoryBenchOptions {
  rates: number[];
  membershipReplicas: number[];
  stores: StoreName[];
  seconds: number;
  /** Organisations sent (at the case's rate) before measuring: JIT, connection pools, first fetches. */
  warmupSeconds: number;
  /** How long a case waits for its last organisations to reach the directory. */
  drainTimeoutMs: number;
  /** Organisations in the `100k` store. */
  seededOrganisations: number;
  seedBatchSize: number;
}

export interface CaseResult {
  store: StoreName;
  replicas: number;
  targetRate: number;
  sent: number;
  accepted: number;
  postFailures: number;
  /** Accepted and seen applied in the directory (matchmaking's log) within the drain. */
  completed: number;
  /** POST /organisations answered 201 per second while sending. */
  postRate: number;
  /** Organisations applied in the directory per second, first send -> last applied. */
  appliedRate: number;
  sustained: boolean;
  endToEnd: LatencySummary;
  trend: LatencyTrend;
  post: LatencySummary;
  /** The case's cluster counted through matchmaking's API after the drain, against warm-up + measured accepted. */
  inDirectory: number;
  expectedInDirectory: number;
  lost: number;
  /** Membership commits not marked published after the drain (all replicas' relays). */
  unpublishedCommits: number;
  floor: FloorResult;
  ratio: { p50: number; p95: number; p99: number };
}

interface Sample {
  organisationId?: string;
  sentAtEpochMs: number;
  postMs?: number;
}

export async function runDirectoryBench(env: BenchEnvironment, options: DirectoryBenchOptions): Promise<CaseResult[]> {
  const floors = new Map<number, FloorResult>();
  for (const rate of options.rates) {
    const total = Math.round(rate * options.seconds);
    console.error(`[bench] floor: raw kafkajs produce -> consume, ${total} messages at ${rate}/s`);
    const floor = await runKafkaFloor(env.kafkaBrokers.split(','), total, rate);
    console.log(formatSummary(`floor ${rate}/s`, floor.summary, floor.throughput));
    floors.set(rate, floor);
  }
  const results: CaseResult[] = [];
  for (const store of options.stores) {
    results.push(...(await runStore(env, store, options, floors)));
  }
  return results;
}

async function runStore(env: BenchEnvironment, store: StoreName, options: DirectoryBenchOptions, floors: Map<number, FloorResult>): Promise<CaseResult[]> {
  const platform = new BenchPlatform(env);
  const membershipDb = await platform.connect('membership');
  const results: CaseResult[] = [];
  try {
    const seeded = store === '100k' ? await seed(platform, options) : undefined;
    const starting = performance.now();
    await platform.startMatchmaking();
    console.error(`[bench] store ${store}: matchmaking ready in ${((performance.now() - starting) / 1000).toFixed(1)} s; log ${platform.matchmaking.logFile}`);
    const tail = new AppliedLogTail(platform.matchmaking.logFile, OrganisationJoined.type);
    for (const replicas of options.membershipReplicas) {
      await platform.startMembership(replicas);
      console.error(`[bench] store ${store}: ${replicas} membership replica(s) ready; logs ${platform.membershipLogFiles.join(' ')}`);
      if (seeded !== undefined) await assertSeededReadable(platform, seeded);
      for (const rate of options.rates) {
        const floor = floors.get(rate);
        if (floor === undefined) throw new Error(`no floor measured at ${rate}/s`);
        const countUnpublished = (): Promise<number> => membershipDb.collection<CommitRecord>(COMMITS_COLLECTION).countDocuments({ published: false });
        const result = await runCase(platform, tail, countUnpublished, { store, replicas, rate, floor }, options);
        for (const line of formatCase(result)) console.log(line);
        appendResult(result, options);
        results.push(result);
      }
    }
    return results;
  } finally {
    await membershipDb.close();
    await platform.stop();
  }
}

async function seed(platform: BenchPlatform, options: DirectoryBenchOptions): Promise<SeedReport> {
  const [membership, matchmaking] = await Promise.all([platform.connect('membership'), platform.connect('matchmaking')]);
  try {
    console.error(`[bench] seeding ${options.seededOrganisations} organisations into ${platform.databases.membership} and ${platform.databases.matchmaking}`);
    const report = await seedOrganisations({ membership, matchmaking }, options.seededOrganisations, { seed: 20261204, batchSize: options.seedBatchSize });
    console.log(formatSeedReport(report));
    return report;
  } finally {
    await Promise.all([membership.close(), matchmaking.close()]);
  }
}

/** The running services read a seeded organisation like one they wrote: membership through its write path, matchmaking from its directory. */
async function assertSeededReadable(platform: BenchPlatform, seeded: SeedReport): Promise<void> {
  const { organisationId, clusterId } = seeded.sample;
  const membership = await platform.membershipFor(clusterId).getOrganisation(organisationId);
  const directory = await platform.directory.getOrganisation(organisationId);
  if (membership.status !== 200 || membership.body.version !== 1 || directory.status !== 200 || directory.body.sync.lastSequence !== 1) {
    throw new Error(`seeded organisation ${organisationId} not read back: membership ${membership.status} ${JSON.stringify(membership.body).slice(0, 200)}, directory ${directory.status} ${JSON.stringify(directory.body).slice(0, 200)}`);
  }
}


interface CaseKey {
  store: StoreName;
  replicas: number;
  rate: number;
  floor: FloorResult;
}

async function runCase(platform: BenchPlatform, tail: AppliedLogTail, countUnpublished: () => Promise<number>, key: CaseKey, options: DirectoryBenchOptions): Promise<CaseResult> {
  const clusterId = await platform.registerCluster();
  console.error(`[bench] case store=${key.store} replicas=${key.replicas} rate=${key.rate}/s: cluster ${clusterId}`);
  let nextIndex = 0;
  const send = async (samples: Sample[]): Promise<void> => {
    const n = nextIndex++;
    const input = organisationInput(clusterId, n, { name: `Bench organisation ${String(n).padStart(6, '0')}` });
    const sample: Sample = { sentAtEpochMs: Date.now() };
    samples.push(sample);
    const started = performance.now();
    try {
      const response = await platform.membershipFor(clusterId).joinOrganisation(input);
      if (response.status === 201) {
        sample.postMs = performance.now() - started;
        sample.organisationId = response.body.organisationId;
      } else {
        console.warn(`POST /organisations -> ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`);
      }
    } catch (error) {
      console.warn(`POST /organisations failed: ${String(error)}`);
    }
  };

  const warmup: Sample[] = [];
  await atSteadyRate(Math.round(options.warmupSeconds * key.rate), key.rate, () => send(warmup));
  await drain(tail, warmup, options.drainTimeoutMs);

  const samples: Sample[] = [];
  const total = Math.round(options.seconds * key.rate);
  const startedEpochMs = Date.now();
  const startedPerf = performance.now();
  await atSteadyRate(total, key.rate, () => send(samples));
  const postElapsedSeconds = (performance.now() - startedPerf) / 1000;
  await drain(tail, samples, options.drainTimeoutMs);

  const accepted = samples.filter((sample) => sample.organisationId !== undefined);
  const endToEnd: number[] = [];
  let lastAppliedEpochMs = startedEpochMs;
  for (const sample of accepted) {
    const appliedAt = tail.appliedAt(sample.organisationId as string);
    if (appliedAt === undefined) continue;
    endToEnd.push(appliedAt - sample.sentAtEpochMs);
    lastAppliedEpochMs = Math.max(lastAppliedEpochMs, appliedAt);
  }
  const inDirectory = await platform.directory.countOrganisations(clusterId);
  const expectedInDirectory = accepted.length + warmup.filter((sample) => sample.organisationId !== undefined).length;
  const summary = summarise(endToEnd);
  const trend = latencyTrend(endToEnd);
  const appliedRate = endToEnd.length / ((lastAppliedEpochMs - startedEpochMs) / 1000);
  return {
    store: key.store,
    replicas: key.replicas,
    targetRate: key.rate,
    sent: total,
    accepted: accepted.length,
    postFailures: total - accepted.length,
    completed: endToEnd.length,
    postRate: accepted.length / postElapsedSeconds,
    appliedRate,
    // Kept up: (nearly) the offered rate came out the other end, and no queue built up meanwhile.
    sustained: appliedRate >= 0.95 * key.rate && !trend.growing && accepted.length === total,
    endToEnd: summary,
    trend,
    post: summarise(accepted.map((sample) => sample.postMs as number)),
    inDirectory,
    expectedInDirectory,
    // More than accepted is possible: a POST the client gave up on (timeout) may still have been committed.
    lost: Math.max(0, expectedInDirectory - inDirectory),
    unpublishedCommits: await countUnpublished(),
    floor: key.floor,
    ratio: { p50: summary.p50 / key.floor.summary.p50, p95: summary.p95 / key.floor.summary.p95, p99: summary.p99 / key.floor.summary.p99 },
  };
}

/**
 * Waits until every accepted organisation of `samples` has been applied, the timeout passes, or
 * nothing new arrives for a minute (something is stuck: report what arrived rather than wait on).
 */
async function drain(tail: AppliedLogTail, samples: Sample[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastSize = -1;
  let lastProgressAt = Date.now();
  for (;;) {
    tail.poll();
    const pending = samples.filter((sample) => sample.organisationId !== undefined && tail.appliedAt(sample.organisationId) === undefined);
    if (pending.length === 0) return;
    if (tail.size !== lastSize) {
      lastSize = tail.size;
      lastProgressAt = Date.now();
    }
    if (Date.now() >= deadline || Date.now() - lastProgressAt > 60_000) {
      console.warn(`${pending.length} accepted organisations not in the directory after the drain`);
      return;
    }
    await sleep(250);
  }
}

export function formatCase(result: CaseResult): string[] {
  const ms = (value: number): string => `${value.toFixed(1)} ms`;
  return [
    `case store=${result.store} membershipReplicas=${result.replicas} target=${result.targetRate}/s: ` +
      `POST ${result.postRate.toFixed(1)}/s, applied ${result.appliedRate.toFixed(1)}/s -> ${result.sustained ? 'SUSTAINED' : 'NOT SUSTAINED'}`,
    formatSummary('  HTTP create -> in directory', result.endToEnd, result.appliedRate),
    formatSummary('  of which HTTP POST -> 201', result.post, result.postRate),
    `  latency trend: first tenth p50 ${ms(result.trend.firstTenthP50)}, last tenth p50 ${ms(result.trend.lastTenthP50)}${result.trend.growing ? ' (growing: a queue built up)' : ''}`,
    `  sent=${result.sent} accepted=${result.accepted} postFailures=${result.postFailures} completed=${result.completed} ` +
      `inDirectory=${result.inDirectory}/${result.expectedInDirectory} lost=${result.lost} unpublishedCommits=${result.unpublishedCommits}`,
    `  floor p50=${ms(result.floor.summary.p50)} p99=${ms(result.floor.summary.p99)}; ratio p50 x${result.ratio.p50.toFixed(1)} p95 x${result.ratio.p95.toFixed(1)} p99 x${result.ratio.p99.toFixed(1)}`,
  ];
}

/** One Markdown row per case, for bench/README.md. */
export function formatTable(results: readonly CaseResult[]): string[] {
  const ms = (value: number): string => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`);
  return [
    '| store | replicas | target/s | POST/s | applied/s | sustained | p50 | p95 | p99 | POST p50 | lost | floor p50 / p99 | ratio p50 / p99 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.map(
      (r) =>
        `| ${r.store} | ${r.replicas} | ${r.targetRate} | ${r.postRate.toFixed(1)} | ${r.appliedRate.toFixed(1)} | ${r.sustained ? 'yes' : 'no'} | ` +
        `${ms(r.endToEnd.p50)} | ${ms(r.endToEnd.p95)} | ${ms(r.endToEnd.p99)} | ${ms(r.post.p50)} | ${r.lost} of ${r.expectedInDirectory} | ` +
        `${r.floor.summary.p50.toFixed(1)} / ${r.floor.summary.p99.toFixed(1)} ms | ×${r.ratio.p50.toFixed(0)} / ×${r.ratio.p99.toFixed(0)} |`,
    ),
  ];
}

function appendResult(result: CaseResult, options: DirectoryBenchOptions): void {
  const dir = join(REPO_ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, 'results.jsonl'), `${JSON.stringify({ at: new Date().toISOString(), bench: 'membership-to-directory', options, result })}\n`);
}

if (require.main === module) {
  const env = {
    kafkaBrokers: process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092',
    mongoUri: process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017',
  };
  const options: DirectoryBenchOptions = {
    rates: numberListFromEnv('BENCH_RATES', [10, 50, 100]),
    membershipReplicas: numberListFromEnv('BENCH_MEMBERSHIP_REPLICAS', [1, 3]),
    stores: choiceListFromEnv('BENCH_STORES', STORES, STORES),
    seconds: numberFromEnv('BENCH_SECONDS', 15),
    warmupSeconds: numberFromEnv('BENCH_WARMUP_SECONDS', 3),
    drainTimeoutMs: numberFromEnv('BENCH_DRAIN_TIMEOUT_MS', 300_000),
    seededOrganisations: numberFromEnv('BENCH_SEED_ORGANISATIONS', 100_000),
    seedBatchSize: numberFromEnv('BENCH_SEED_BATCH', 1000),
  };
  runDirectoryBench(env, options)
    .then((results) => {
      console.log('');
      for (const line of formatTable(results)) console.log(line);
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
