/**
 * Fan-out: how many concurrent SSE subscribers one opportunities replica serves while 95% of
 * broadcasts reach all of them within BENCH_FANOUT_TARGET_MS (500 ms), and its memory at each level.
 *
 * Subscribers (SSE connections, plain node:http, in BENCH_FANOUT_CLIENT_PROCESSES child processes)
 * are ramped through BENCH_FANOUT_LEVELS; they stream BENCH_FANOUT_SUBSCRIPTIONS subscriptions
 * round-robin (every subscription matches every publication of the run). At each level
 * BENCH_FANOUT_BROADCASTS publications are sent one at a time over HTTP; a broadcast "reaches all"
 * when every open connection received its frame; its latency is from the client's send time to
 * the last connection's receipt. The service's RSS is read from /proc/<pid>/status.
 *
 * Why one subscription by default: pushing a notification to a connection costs the replica the
 * same whichever subscription the connection streams, but every further matching subscription adds
 * a durable feed append and its relay round trip (FerretDB writes) to each broadcast — the cost the
 * broadcast benchmark measures. One subscription isolates what this benchmark is about, the
 * replica's SSE fan-out; BENCH_FANOUT_SUBSCRIPTIONS=10 shows both together.
 *
 *   bash bench/run-opportunities.sh fanout
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sleep } from '../test/support/wait-for';
import type { BenchEnvironment } from './support/bench-platform';
import { REPO_ROOT } from './support/bench-service';
import { summarise } from './support/latency-stats';
import { numberFromEnv, numberListFromEnv } from './support/number-from-env';
import { OpportunitiesBench } from './support/opportunities-bench-service';
import { SseSwarm } from './support/sse-swarm';

export interface FanoutOptions {
  levels: number[];
  subscriptions: number;
  broadcastsPerLevel: number;
  targetMs: number;
  /** Longest wait for one broadcast to reach every connection before it counts as not reaching all. */
  broadcastTimeoutMs: number;
  /** Pause between broadcasts (after the previous one reached all or timed out). */
  gapMs: number;
  clientProcesses: number;
  /** Longest time spent opening one level's new connections; the level is measured with whatever is open then. */
  connectTimeoutMs: number;
}

export interface LevelResult {
  level: number;
  open: number;
  connectFailed: number;
  connectSeconds: number;
  broadcasts: number;
  reachedAllWithinTarget: number;
  reachedAll: number;
  /** Send -> last connection's receipt, per broadcast that reached all. */
  allReachMs: { p50: number; p95: number; max: number } | undefined;
  /** Send -> receipt, one sample per (broadcast, connection). */
  perSubscriberMs: { p50: number; p95: number; p99: number } | undefined;
  rssIdleMiB: number | undefined;
  rssPeakMiB: number | undefined;
  passed: boolean;
}

async function waitForCount(swarm: SseSwarm, expected: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await swarm.count()).received >= expected) return;
    await sleep(20);
  }
}

export async function runFanout(env: BenchEnvironment, options: FanoutOptions): Promise<LevelResult[]> {
  const bench = new OpportunitiesBench(env, 'fanout');
  const swarm = new SseSwarm(options.clientProcesses);
  const results: LevelResult[] = [];
  let marker = 0;
  try {
    await bench.start();
    const subscriptions = await bench.createSubscriptions(options.subscriptions);
    // Warm-up: one connection per subscription, a few publications end to end.
    await swarm.connect(bench.baseUrl, bench.token, subscriptions, subscriptions.length);
    let connectedSoFar = subscriptions.length;
    for (let i = 0; i < 3; i++) {
      const before = (await swarm.count()).received;
      await bench.publish(`Fan-out warm-up #${marker++}@`);
      await waitForCount(swarm, before + subscriptions.length, 60_000);
    }
    await swarm.receipts(Array.from({ length: marker }, (_, i) => i), true);

    for (const level of options.levels) {
      const connectStarted = performance.now();
      const added =
        level > connectedSoFar ? await swarm.connect(bench.baseUrl, bench.token, subscriptions, level - connectedSoFar, options.connectTimeoutMs) : { open: 0, failed: 0 };
      connectedSoFar = Math.max(connectedSoFar, level);
      const connectSeconds = (performance.now() - connectStarted) / 1000;
      await sleep(2000);
      const { open } = await swarm.count();
      const rssIdleMiB = bench.rssMiB();
      let rssPeakMiB = rssIdleMiB;
      console.error(`[fanout] level ${level}: ${open} connections open (${added.failed} failed) in ${connectSeconds.toFixed(1)} s, RSS ${rssIdleMiB?.toFixed(0)} MiB`);

      const sent = new Map<number, number>();
      for (let i = 0; i < options.broadcastsPerLevel; i++) {
        const before = (await swarm.count()).received;
        const current = marker++;
        sent.set(current, performance.timeOrigin + performance.now());
        const status = await bench.publish(`Fan-out broadcast #${current}@`);
        if (status === 201) await waitForCount(swarm, before + open, options.broadcastTimeoutMs);
        const rss = bench.rssMiB();
        if (rss !== undefined) rssPeakMiB = Math.max(rssPeakMiB ?? 0, rss);
        await sleep(options.gapMs);
      }
      const { byMarker } = await swarm.receipts([...sent.keys()], true);
      const allReach: number[] = [];
      const perSubscriber: number[] = [];
      for (const [current, sentAt] of sent) {
        const times = byMarker.get(current) ?? [];
        for (const at of times) perSubscriber.push(at - sentAt);
        if (times.length >= open) allReach.push(Math.max(...times) - sentAt);
      }
      const withinTarget = allReach.filter((ms) => ms <= options.targetMs).length;
      const allSummary = allReach.length > 0 ? summarise(allReach) : undefined;
      const subscriberSummary = perSubscriber.length > 0 ? summarise(perSubscriber) : undefined;
      const result: LevelResult = {
        level,
        open,
        connectFailed: added.failed,
        connectSeconds,
        broadcasts: sent.size,
        reachedAllWithinTarget: withinTarget,
        reachedAll: allReach.length,
        allReachMs: allSummary && { p50: allSummary.p50, p95: allSummary.p95, max: allSummary.max },
        perSubscriberMs: subscriberSummary && { p50: subscriberSummary.p50, p95: subscriberSummary.p95, p99: subscriberSummary.p99 },
        rssIdleMiB,
        rssPeakMiB,
        passed: open >= level && withinTarget >= Math.ceil(0.95 * sent.size),
      };
      results.push(result);
      console.error(`[fanout] ${formatLevel(result)}`);
      if (open < level) {
        console.error(`[fanout] only ${open} of ${level} connections open (connect timeout or failures); stopping the ramp`);
        break;
      }
    }
    return results;
  } finally {
    swarm.close();
    await bench.stop();
  }
}

function formatLevel(r: LevelResult): string {
  const ms = (value: number | undefined): string => (value === undefined ? '-' : `${value.toFixed(0)}`);
  return (
    `subscribers=${String(r.level).padStart(6)} open=${String(r.open).padStart(6)} ` +
    `reachedAll<=target=${r.reachedAllWithinTarget}/${r.broadcasts} reachedAll=${r.reachedAll}/${r.broadcasts} ` +
    `allReach p50=${ms(r.allReachMs?.p50)} p95=${ms(r.allReachMs?.p95)} max=${ms(r.allReachMs?.max)} ms  ` +
    `perSubscriber p50=${ms(r.perSubscriberMs?.p50)} p95=${ms(r.perSubscriberMs?.p95)} p99=${ms(r.perSubscriberMs?.p99)} ms  ` +
    `RSS idle=${ms(r.rssIdleMiB)} peak=${ms(r.rssPeakMiB)} MiB  ${r.passed ? 'PASS' : 'FAIL'}`
  );
}

if (require.main === module) {
  const env = {
    kafkaBrokers: process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092',
    mongoUri: process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017',
  };
  const options: FanoutOptions = {
    levels: numberListFromEnv('BENCH_FANOUT_LEVELS', [1000, 2500, 5000, 10000]),
    subscriptions: numberFromEnv('BENCH_FANOUT_SUBSCRIPTIONS', 1),
    broadcastsPerLevel: numberFromEnv('BENCH_FANOUT_BROADCASTS', 10),
    targetMs: numberFromEnv('BENCH_FANOUT_TARGET_MS', 500),
    broadcastTimeoutMs: numberFromEnv('BENCH_FANOUT_BROADCAST_TIMEOUT_MS', 5_000),
    gapMs: numberFromEnv('BENCH_FANOUT_GAP_MS', 500),
    clientProcesses: numberFromEnv('BENCH_FANOUT_CLIENT_PROCESSES', 2),
    connectTimeoutMs: numberFromEnv('BENCH_FANOUT_CONNECT_TIMEOUT_MS', 120_000),
  };
  const started = Date.now();
  runFanout(env, options)
    .then((results) => {
      console.log(`fan-out: ${options.subscriptions} subscriptions streamed round-robin, ${options.broadcastsPerLevel} broadcasts per level, target ${options.targetMs} ms`);
      for (const result of results) console.log(formatLevel(result));
      const best = results.filter((result) => result.passed).reduce((max, result) => Math.max(max, result.open), 0);
      const atBest = results.find((result) => result.passed && result.open === best);
      console.log(
        `largest level where >=95% of broadcasts reached all subscribers within ${options.targetMs} ms: ${best}` +
          (atBest ? ` (RSS ${atBest.rssPeakMiB?.toFixed(0)} MiB)` : '') +
          `; aim 10000: ${best >= 10_000 ? 'MET' : 'NOT MET'}  (run took ${((Date.now() - started) / 1000).toFixed(0)} s)`,
      );
      const dir = join(REPO_ROOT, 'bench/results');
      mkdirSync(dir, { recursive: true });
      appendFileSync(join(dir, 'results.jsonl'), `${JSON.stringify({ at: new Date().toISOString(), bench: 'opportunities-fanout', options, results })}\n`);
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
