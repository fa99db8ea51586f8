/**
 * Broadcast latency: opportunity published over HTTP (POST /opportunities {publish: true}: validation,
 * FerretDB write with outbox, relay to Kafka) -> matching (shared notifications group: one durable
 * feed entry per matching subscription, relayed to the notification topic) -> the replica's
 * broadcast consumer -> the SSE frame received by each of BENCH_SUBSCRIBERS clients, at a steady
 * rate; next to the raw kafkajs produce -> consume floor at the same rate and count on the same broker.
 *
 * Latency = client send time (before the POST) -> frame received by a subscriber, one sample per
 * (publication, subscriber), on the same machine clock. Publications not received by every
 * subscriber within the drain timeout count as missing and are reported.
 *
 * Each rate of BENCH_RATES is one case on the same replica and subscribers (drained in between),
 * with its own floor. Whether a rate is sustained is read from the backlog (frames published but
 * not yet received, sampled every second while sending): flat when the pipeline keeps up, growing
 * by (offered - delivered) frames per second when it does not.
 *
 *   bash bench/run-opportunities.sh broadcast
 *   node -r ./scripts/register-paths.js <ICN_DIST_DIR>/bench/opportunities-broadcast.bench.js
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { sleep } from '../test/support/wait-for';
import { runKafkaFloor, type FloorResult } from './kafka-floor.bench';
import type { BenchEnvironment } from './support/bench-platform';
import { REPO_ROOT } from './support/bench-service';
import { atSteadyRate, formatSummary, latencyTrend, summarise, type LatencySummary, type LatencyTrend } from './support/latency-stats';
import { numberFromEnv, numberListFromEnv } from './support/number-from-env';
import { OpportunitiesBench } from './support/opportunities-bench-service';
import { SseSwarm } from './support/sse-swarm';

export interface BroadcastOptions {
  rates: number[];
  seconds: number;
  subscribers: number;
  /** Publications sent one by one (each awaited by every subscriber) before measuring. */
  warmupPublications: number;
  drainTimeoutMs: number;
}

/** Issue 11's aim for publish -> SSE at 10/s x 100: the p99 within this many times the floor's p99. */
const AIM_P99_RATIO = 10;

interface Sent {
  marker: number;
  sentAt: number;
  postMs?: number;
}

/** Frames published (accepted x subscribers) minus frames received, at one moment while sending. */
interface BacklogSample {
  atSeconds: number;
  backlog: number;
  received: number;
}

async function waitForReceipts(swarm: SseSwarm, expected: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let lastProgressAt = Date.now();
  for (;;) {
    const { received } = await swarm.count();
    if (received >= expected || Date.now() >= deadline) return received;
    if (received !== last) {
      last = received;
      lastProgressAt = Date.now();
    } else if (Date.now() - lastProgressAt > 30_000) {
      console.warn(`no SSE progress for 30 s (${received}/${expected} received); giving up the drain`);
      return received;
    }
    await sleep(500);
  }
}

export async function runBroadcast(env: BenchEnvironment, options: BroadcastOptions): Promise<string[]> {
  const bench = new OpportunitiesBench(env, 'broadcast');
  const swarm = new SseSwarm(1);
  const lines: string[] = [];
  try {
    await bench.start();
    const subscriptions = await bench.createSubscriptions(options.subscribers);
    const connected = await swarm.connect(bench.baseUrl, bench.token, subscriptions, options.subscribers);
    if (connected.failed > 0) throw new Error(`${connected.failed} SSE connections failed`);
    console.error(`[broadcast] ${connected.open} SSE subscribers connected; service log ${bench.service.logFile}`);

    let nextMarker = 0;
    const send = async (sent: Sent[]): Promise<void> => {
      const item: Sent = { marker: nextMarker++, sentAt: performance.timeOrigin + performance.now() };
      sent.push(item);
      const started = performance.now();
      try {
        if ((await bench.publish(`Bench publication #${item.marker}@`)) === 201) item.postMs = performance.now() - started;
      } catch (error) {
        console.warn(`POST /opportunities failed: ${String(error)}`);
      }
    };

    const warmup: Sent[] = [];
    for (let i = 0; i < options.warmupPublications; i++) {
      await send(warmup);
      const { received } = await swarm.count();
      await waitForReceipts(swarm, received + options.subscribers, 60_000);
    }
    await swarm.receipts(warmup.map((item) => item.marker), true);

    for (const rate of options.rates) {
      const total = Math.round(rate * options.seconds);
      console.error(`[broadcast] floor: raw kafkajs produce -> consume, ${total} messages at ${rate}/s`);
      const floor = await runKafkaFloor(env.kafkaBrokers.split(','), total, rate);
      const { received: before } = await swarm.count();
      // The machine is shared (other work, Kafka, FerretDB, the SSE clients): figures mean little without it.
      const loadAtStart = loadavg()[0] ?? 0;

      console.error(`[broadcast] measuring: ${total} publications at ${rate}/s to ${options.subscribers} subscribers`);
      const sent: Sent[] = [];
      const backlog: BacklogSample[] = [];
      const startedPerf = performance.now();
      let sending = true;
      const sampler = (async () => {
        while (sending) {
          await sleep(1000);
          const { received } = await swarm.count();
          const published = sent.filter((item) => item.postMs !== undefined).length * options.subscribers;
          backlog.push({ atSeconds: (performance.now() - startedPerf) / 1000, backlog: published - (received - before), received: received - before });
        }
      })();
      await atSteadyRate(total, rate, () => send(sent));
      const postSeconds = (performance.now() - startedPerf) / 1000;
      sending = false;
      await sampler;
      const accepted = sent.filter((item) => item.postMs !== undefined);
      await waitForReceipts(swarm, before + accepted.length * options.subscribers, options.drainTimeoutMs);

      const { byMarker } = await swarm.receipts(accepted.map((item) => item.marker), true);
      const latencies: number[] = [];
      const firstReceipts: number[] = [];
      let lastReceipt = 0;
      let incomplete = 0;
      for (const item of accepted) {
        const times = byMarker.get(item.marker) ?? [];
        if (times.length < options.subscribers) incomplete++;
        if (times.length > 0) firstReceipts.push(Math.min(...times) - item.sentAt);
        for (const at of times) {
          latencies.push(at - item.sentAt);
          lastReceipt = Math.max(lastReceipt, at);
        }
      }
      const firstSent = sent[0]?.sentAt ?? 0;
      const deliveredPerSecond = latencies.length / ((lastReceipt - firstSent) / 1000);
      const e2e = summarise(latencies);
      const post = summarise(accepted.map((item) => item.postMs as number));
      const caseLines = report({ ...options, ratePerSecond: rate }, floor, e2e, post, latencyTrend(firstReceipts), backlog, {
          sent: sent.length,
          accepted: accepted.length,
          postThroughput: accepted.length / postSeconds,
          expected: accepted.length * options.subscribers,
          received: latencies.length,
          incomplete,
          deliveredPerSecond,
          publicationsPerSecond: deliveredPerSecond / options.subscribers,
          loadAverage: { atStart: loadAtStart, atEnd: loadavg()[0] ?? 0 },
        });
      // Printed as each case ends: a later case may take minutes to drain.
      console.log([...caseLines, ''].join('\n'));
      lines.push(...caseLines);
    }
    return lines;
  } finally {
    swarm.close();
    await bench.stop();
  }
}

interface Counts {
  sent: number;
  accepted: number;
  postThroughput: number;
  expected: number;
  received: number;
  incomplete: number;
  deliveredPerSecond: number;
  publicationsPerSecond: number;
  /** One-minute load average of the machine when the case started sending and when it was drained. */
  loadAverage: { atStart: number; atEnd: number };
}

/**
 * The backlog's growth over the second half of the sending window, in frames per second (a least
 * squares slope): the first half includes the pipeline filling up, which is not a trend.
 */
export function backlogGrowthPerSecond(samples: readonly BacklogSample[]): number {
  const half = samples.slice(Math.floor(samples.length / 2));
  if (half.length < 2) return 0;
  const meanT = half.reduce((sum, s) => sum + s.atSeconds, 0) / half.length;
  const meanB = half.reduce((sum, s) => sum + s.backlog, 0) / half.length;
  const covariance = half.reduce((sum, s) => sum + (s.atSeconds - meanT) * (s.backlog - meanB), 0);
  const variance = half.reduce((sum, s) => sum + (s.atSeconds - meanT) ** 2, 0);
  return variance === 0 ? 0 : covariance / variance;
}

/** Frames received per second over the second half of the sending window. */
function deliveriesWhileSending(samples: readonly BacklogSample[]): number {
  const half = samples.slice(Math.floor(samples.length / 2));
  const first = half[0];
  const last = half[half.length - 1];
  if (first === undefined || last === undefined || last.atSeconds === first.atSeconds) return 0;
  return (last.received - first.received) / (last.atSeconds - first.atSeconds);
}

function report(
  options: Omit<BroadcastOptions, 'rates'> & { ratePerSecond: number },
  floor: FloorResult,
  e2e: LatencySummary,
  post: LatencySummary,
  trend: LatencyTrend,
  backlog: readonly BacklogSample[],
  counts: Counts,
): string[] {
  const ratio = { p50: e2e.p50 / floor.summary.p50, p95: e2e.p95 / floor.summary.p95, p99: e2e.p99 / floor.summary.p99 };
  const missing = counts.expected - counts.received;
  const offeredFrames = options.ratePerSecond * options.subscribers;
  const growth = backlogGrowthPerSecond(backlog);
  const deliveredWhileSending = deliveriesWhileSending(backlog);
  // Kept up: the backlog did not grow by more than 5 % of the offered frames per second, and everything arrived.
  const sustained = growth <= 0.05 * offeredFrames && missing === 0 && counts.accepted === counts.sent;
  const lastBacklog = backlog[backlog.length - 1]?.backlog ?? 0;
  const lines = [
    `rate=${options.ratePerSecond}/s for ${options.seconds} s, ${options.subscribers} SSE subscribers (all matching): ${sustained ? 'SUSTAINED' : 'NOT SUSTAINED'}`,
    formatSummary('floor raw kafkajs produce -> consume', floor.summary, floor.throughput),
    formatSummary('HTTP publish -> SSE receipt', e2e, counts.publicationsPerSecond),
    formatSummary('  of which HTTP POST -> 201', post, counts.postThroughput),
    `  sent=${counts.sent} accepted=${counts.accepted} sseExpected=${counts.expected} sseReceived=${counts.received} missing=${missing} ` +
      `publicationsNotReachingAll=${counts.incomplete}`,
    `  deliveries: offered ${offeredFrames} frames/s, delivered ${deliveredWhileSending.toFixed(0)} frames/s while sending (second half), ` +
      `${counts.deliveredPerSecond.toFixed(0)} frames/s first send -> last receipt`,
    `  backlog: ${lastBacklog} frames when sending ended, growing ${growth.toFixed(0)} frames/s over the second half; ` +
      `first receipt p50 ${trend.firstTenthP50.toFixed(0)} ms (first tenth) -> ${trend.lastTenthP50.toFixed(0)} ms (last tenth)`,
    `ratio publish->SSE / floor: p50 x${ratio.p50.toFixed(1)}  p95 x${ratio.p95.toFixed(1)}  p99 x${ratio.p99.toFixed(1)}`,
    `load average (1 min): ${counts.loadAverage.atStart.toFixed(2)} at start -> ${counts.loadAverage.atEnd.toFixed(2)} after the drain`,
    `aim p99 <= ${AIM_P99_RATIO}x floor: ${ratio.p99 <= AIM_P99_RATIO && missing === 0 ? 'MET' : 'NOT MET'}` + (missing > 0 ? ` (${missing} deliveries missing after the drain; percentiles cover received ones only)` : ''),
  ];
  const dir = join(REPO_ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  appendFileSync(
    join(dir, 'results.jsonl'),
    `${JSON.stringify({ at: new Date().toISOString(), bench: 'opportunities-broadcast', options, floor, e2e, post, counts, ratio, sustained, backlog, backlogGrowthPerSecond: growth, deliveredWhileSending })}\n`,
  );
  return lines;
}

if (require.main === module) {
  const env = {
    kafkaBrokers: process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092',
    mongoUri: process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017',
  };
  const options: BroadcastOptions = {
    rates: numberListFromEnv('BENCH_RATES', [10, 100]),
    seconds: numberFromEnv('BENCH_SECONDS', 15),
    subscribers: numberFromEnv('BENCH_SUBSCRIBERS', 100),
    warmupPublications: numberFromEnv('BENCH_WARMUP_PUBLICATIONS', 5),
    drainTimeoutMs: numberFromEnv('BENCH_DRAIN_TIMEOUT_MS', 180_000),
  };
  runBroadcast(env, options)
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
