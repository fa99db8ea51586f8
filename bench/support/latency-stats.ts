/** Latency summary of a benchmark run, in milliseconds. */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile over a sorted copy; benchmarks have thousands of samples, so no interpolation. */
export function summarise(samplesMs: readonly number[]): LatencySummary {
  if (samplesMs.length === 0) throw new Error('no latency samples');
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (fraction: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0, mean: total / sorted.length };
}

export function formatSummary(label: string, summary: LatencySummary, throughputPerSecond: number): string {
  const ms = (value: number): string => `${value.toFixed(1)} ms`;
  return `${label.padEnd(34)} n=${summary.count}  throughput=${throughputPerSecond.toFixed(1)}/s  p50=${ms(summary.p50)}  p95=${ms(summary.p95)}  p99=${ms(summary.p99)}  max=${ms(summary.max)}`;
}

/** Calls `tick(i)` `total` times at a steady `ratePerSecond`, without bursts to catch up on lag. */
export async function atSteadyRate(total: number, ratePerSecond: number, tick: (index: number) => Promise<void>): Promise<void> {
  const intervalMs = 1000 / ratePerSecond;
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let index = 0; index < total; index += 1) {
    const due = start + index * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(tick(index));
  }
  await Promise.all(inFlight);
}

/** The figures of a `formatSummary` line (its inverse, to 0.1 ms), for scripts that compare runs. */
export interface ParsedSummaryLine {
  label: string;
  count: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function parseSummaryLine(line: string): ParsedSummaryLine | undefined {
  const match =
    /^(.*?)\s+n=(\d+)\s+throughput=([\d.]+)\/s\s+p50=([\d.]+) ms\s+p95=([\d.]+) ms\s+p99=([\d.]+) ms\s+max=([\d.]+) ms\s*$/.exec(line);
  if (match === null) return undefined;
  const [, label, count, throughput, p50, p95, p99, max] = match;
  return { label: (label ?? '').trim(), count: Number(count), throughput: Number(throughput), p50: Number(p50), p95: Number(p95), p99: Number(p99), max: Number(max) };
}

/**
 * Whether latency grew while a steady load was offered: the median of the last tenth of the samples
 * (in send order) against the first tenth's. A pipeline that keeps up holds it flat; one that falls
 * behind builds a queue, and every later sample waits longer than the one before.
 */
export interface LatencyTrend {
  firstTenthP50: number;
  lastTenthP50: number;
  growing: boolean;
}

export function latencyTrend(samplesInSendOrder: readonly number[]): LatencyTrend {
  const tenth = Math.max(1, Math.floor(samplesInSendOrder.length / 10));
  const median = (values: readonly number[]): number => (values.length === 0 ? 0 : summarise(values).p50);
  const firstTenthP50 = median(samplesInSendOrder.slice(0, tenth));
  const lastTenthP50 = median(samplesInSendOrder.slice(-tenth));
  // Twice as slow and at least a quarter second more: noise on a shared machine stays below both.
  return { firstTenthP50, lastTenthP50, growing: lastTenthP50 > 2 * firstTenthP50 && lastTenthP50 - firstTenthP50 > 250 };
}
