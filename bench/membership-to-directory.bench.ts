/**
 * The platform path: organisation created over HTTP (membership: validation, MongoDB write with
 * outbox, relay to Kafka) -> present in matchmaking's directory (consumer, dedupe, projection write),
 * at a steady rate. Compare with bench/kafka-floor.bench.ts, the raw kafkajs floor on the same broker.
 *
 * Expects `npm run build` and a running stack; `bash bench/run.sh` does both and prints the ratio.
 * Run alone: node -r ./scripts/register-paths.js dist/out-tsc/bench/membership-to-directory.bench.js
 */
import { writeFileSync } from 'node:fs';
import { OrganisationJoined } from '@icn/contracts';
import { organisationInput } from '../test/support/factories';
import { sleep } from '../test/support/wait-for';
import { AppliedLogTail } from './support/applied-log-tail';
import { BenchPlatform, type BenchEnvironment } from './support/bench-platform';
import { atSteadyRate, formatSummary, summarise, type LatencySummary } from './support/latency-stats';

export interface PlatformBenchOptions {
  ratePerSecond: number;
  seconds: number;
  /** Organisations sent (at the same rate) before measuring: JIT, connection pools, first fetches. */
  warmupSeconds: number;
  /** How long to wait for the last organisations to reach the directory. */
  drainTimeoutMs: number;
}

export interface PlatformResult {
  sent: number;
  accepted: number;
  completed: number;
  postFailures: number;
  missing: number;
  /** Client send -> organisation applied in matchmaking's directory. */
  endToEnd: LatencySummary;
  endToEndThroughput: number;
  /** Client send -> HTTP 201 from membership. */
  post: LatencySummary;
  postThroughput: number;
  /** Cross-check over matchmaking's HTTP API after the run: warm-up + measured organisations accepted. */
  directoryCount: number;
  expectedInDirectory: number;
}

interface Sample {
  organisationId?: string;
  sentAtEpochMs: number;
  postMs?: number;
}

export async function runMembershipToDirectory(env: BenchEnvironment, options: PlatformBenchOptions): Promise<PlatformResult> {
  const platform = new BenchPlatform(env);
  try {
    await platform.start();
    const tail = new AppliedLogTail(platform.matchmaking.logFile, OrganisationJoined.type);
    let nextIndex = 0;
    const send = async (samples: Sample[]): Promise<void> => {
      const n = nextIndex++;
      const input = organisationInput(platform.clusterId, n, { name: `Bench organisation ${String(n).padStart(6, '0')}` });
      const sample: Sample = { sentAtEpochMs: Date.now() };
      samples.push(sample);
      const started = performance.now();
      try {
        const response = await platform.api.joinOrganisation(input);
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
    await atSteadyRate(Math.round(options.warmupSeconds * options.ratePerSecond), options.ratePerSecond, () => send(warmup));
    await drain(tail, warmup, options.drainTimeoutMs);

    const samples: Sample[] = [];
    const total = Math.round(options.seconds * options.ratePerSecond);
    const startedEpochMs = Date.now();
    const startedPerf = performance.now();
    await atSteadyRate(total, options.ratePerSecond, () => send(samples));
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
    const directoryCount = await platform.directory.countOrganisations(platform.clusterId);
    return {
      sent: total,
      accepted: accepted.length,
      completed: endToEnd.length,
      postFailures: total - accepted.length,
      missing: accepted.length - endToEnd.length,
      endToEnd: summarise(endToEnd),
      endToEndThroughput: endToEnd.length / ((lastAppliedEpochMs - startedEpochMs) / 1000),
      post: summarise(accepted.map((sample) => sample.postMs as number)),
      postThroughput: accepted.length / postElapsedSeconds,
      directoryCount,
      expectedInDirectory: accepted.length + warmup.filter((sample) => sample.organisationId !== undefined).length,
    };
  } finally {
    await platform.stop();
  }
}

/** Waits until every accepted organisation of `samples` has been applied (or the timeout passes). */
async function drain(tail: AppliedLogTail, samples: Sample[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    tail.poll();
    const pending = samples.filter((sample) => sample.organisationId !== undefined && tail.appliedAt(sample.organisationId) === undefined);
    if (pending.length === 0) return;
    if (Date.now() >= deadline) {
      console.warn(`${pending.length} accepted organisations not in the directory after ${timeoutMs} ms`);
      return;
    }
    await sleep(250);
  }
}

export function formatPlatformResult(result: PlatformResult): string[] {
  return [
    formatSummary('HTTP create -> in directory', result.endToEnd, result.endToEndThroughput),
    formatSummary('  of which HTTP POST -> 201', result.post, result.postThroughput),
    `  sent=${result.sent} accepted=${result.accepted} completed=${result.completed} postFailures=${result.postFailures} ` +
      `missing=${result.missing} directoryCount=${result.directoryCount}/${result.expectedInDirectory}`,
  ];
}

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return value;
}

if (require.main === module) {
  const env = {
    kafkaBrokers: process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092',
    mongoUri: process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017',
  };
  const options: PlatformBenchOptions = {
    ratePerSecond: numberFromEnv('BENCH_RATE', 50),
    seconds: numberFromEnv('BENCH_SECONDS', 30),
    warmupSeconds: numberFromEnv('BENCH_WARMUP_SECONDS', 3),
    drainTimeoutMs: numberFromEnv('BENCH_DRAIN_TIMEOUT_MS', 300_000),
  };
  runMembershipToDirectory(env, options)
    .then((result) => {
      for (const line of formatPlatformResult(result)) console.log(line);
      const out = process.env['BENCH_JSON_OUT'];
      if (out) writeFileSync(out, JSON.stringify({ options, result }, null, 2));
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
