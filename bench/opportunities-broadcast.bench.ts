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
 *   bash bench/run-opportunities.sh broadcast
 *   node -r ./scripts/register-paths.js <ICN_DIST_DIR>/bench/opportunities-broadcast.bench.js
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sleep } from '../test/support/wait-for';
import { runKafkaFloor } from './kafka-floor.bench';
import type { BenchEnvironment } from './support/bench-platform';
import { REPO_ROOT } from './support/bench-service';
import { atSteadyRate, formatSummary, summarise, type LatencySummary } from './support/latency-stats';
import { numberFromEnv } from './support/number-from-env';
import { OpportunitiesBench } from './support/opportunities-bench-service';
import { SseSwarm } from './support/sse-swarm';

export interface BroadcastOptions {
  ratePerSecond: number;
  seconds: number;
  subscribers: number;
  /** Publications sent one by one (each awaited by every subscriber) before measuring. */
  warmupPublications: number;
  drainTimeoutMs: number;
}

interface Sent {
  marker: number;
  sentAt: number;
  postMs?: number;
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
  const total = Math.round(options.ratePerSecond * options.seconds);
  console.error(`[broadcast] floor: raw kafkajs produce -> consume, ${total} messages at ${options.ratePerSecond}/s`);
  const floor = await runKafkaFloor(env.kafkaBrokers.split(','), total, options.ratePerSecond);

  const bench = new OpportunitiesBench(env, 'broadcast');
  const swarm = new SseSwarm(1);
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
    const { received: afterWarmup } = await swarm.count();

    console.error(`[broadcast] measuring: ${total} publications at ${options.ratePerSecond}/s to ${options.subscribers} subscribers`);
    const sent: Sent[] = [];
    const startedPerf = performance.now();
    await atSteadyRate(total, options.ratePerSecond, () => send(sent));
    const postSeconds = (performance.now() - startedPerf) / 1000;
    const accepted = sent.filter((item) => item.postMs !== undefined);
    await waitForReceipts(swarm, afterWarmup + accepted.length * options.subscribers, options.drainTimeoutMs);

    const { byMarker } = await swarm.receipts(accepted.map((item) => item.marker), true);
    const latencies: number[] = [];
    let lastReceipt = 0;
    let incomplete = 0;
    for (const item of accepted) {
      const times = byMarker.get(item.marker) ?? [];
      if (times.length < options.subscribers) incomplete++;
      for (const at of times) {
        latencies.push(at - item.sentAt);
        lastReceipt = Math.max(lastReceipt, at);
      }
    }
    const expected = accepted.length * options.subscribers;
    const firstSent = sent[0]?.sentAt ?? 0;
    const deliveredPerSecond = latencies.length / ((lastReceipt - firstSent) / 1000);
    const e2e = summarise(latencies);
    const post = summarise(accepted.map((item) => item.postMs as number));
    return report(options, floor, e2e, post, {
      sent: sent.length,
      accepted: accepted.length,
      postThroughput: accepted.length / postSeconds,
      expected,
      received: latencies.length,
      incomplete,
      deliveredPerSecond,
      publicationsPerSecond: deliveredPerSecond / options.subscribers,
    });
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
}

function report(options: BroadcastOptions, floor: { summary: LatencySummary; throughput: number }, e2e: LatencySummary, post: LatencySummary, counts: Counts): string[] {
  const ratio = { p50: e2e.p50 / floor.summary.p50, p95: e2e.p95 / floor.summary.p95, p99: e2e.p99 / floor.summary.p99 };
  const missing = counts.expected - counts.received;
  const lines = [
    `rate=${options.ratePerSecond}/s for ${options.seconds} s, ${options.subscribers} SSE subscribers (all matching)`,
    formatSummary('floor raw kafkajs produce -> consume', floor.summary, floor.throughput),
    formatSummary('HTTP publish -> SSE receipt', e2e, counts.publicationsPerSecond),
    formatSummary('  of which HTTP POST -> 201', post, counts.postThroughput),
    `  sent=${counts.sent} accepted=${counts.accepted} sseExpected=${counts.expected} sseReceived=${counts.received} missing=${missing} ` +
      `publicationsNotReachingAll=${counts.incomplete} delivered=${counts.deliveredPerSecond.toFixed(0)} frames/s`,
    `ratio publish->SSE / floor: p50 x${ratio.p50.toFixed(1)}  p95 x${ratio.p95.toFixed(1)}  p99 x${ratio.p99.toFixed(1)}`,
    `aim p99 <= 3x floor: ${ratio.p99 <= 3 && missing === 0 ? 'MET' : 'NOT MET'}` + (missing > 0 ? ` (${missing} deliveries missing after the drain; percentiles cover received ones only)` : ''),
  ];
  const dir = join(REPO_ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, 'results.jsonl'), `${JSON.stringify({ at: new Date().toISOString(), bench: 'opportunities-broadcast', options, floor, e2e, post, counts, ratio })}\n`);
  return lines;
}

if (require.main === module) {
  const env = {
    kafkaBrokers: process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092',
    mongoUri: process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017',
  };
  const options: BroadcastOptions = {
    ratePerSecond: numberFromEnv('BENCH_RATE', 100),
    seconds: numberFromEnv('BENCH_SECONDS', 20),
    subscribers: numberFromEnv('BENCH_SUBSCRIBERS', 100),
    warmupPublications: numberFromEnv('BENCH_WARMUP_PUBLICATIONS', 5),
    drainTimeoutMs: numberFromEnv('BENCH_DRAIN_TIMEOUT_MS', 180_000),
  };
  runBroadcast(env, options)
    .then((lines) => {
      for (const line of lines) console.log(line);
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
