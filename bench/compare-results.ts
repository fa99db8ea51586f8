/**
 * Prints the floor and the platform figures side by side with the platform ÷ floor ratios, and
 * appends the whole run as one JSON line to bench/results/results.jsonl. Used by bench/run.sh:
 *   node dist/out-tsc/bench/compare-results.js <floor stdout file> <platform JSON file>
 */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseSummaryLine, type ParsedSummaryLine } from './support/latency-stats';
import type { PlatformBenchOptions, PlatformResult } from './membership-to-directory.bench';

const RESULTS_DIR = resolve(__dirname, '../../../bench/results');

function main(floorOutputFile: string, platformJsonFile: string): void {
  const floor = readFileSync(floorOutputFile, 'utf8')
    .split('\n')
    .map(parseSummaryLine)
    .find((parsed): parsed is ParsedSummaryLine => parsed !== undefined);
  if (floor === undefined) throw new Error(`no summary line in ${floorOutputFile}`);
  const platform = JSON.parse(readFileSync(platformJsonFile, 'utf8')) as { options: PlatformBenchOptions; result: PlatformResult };
  const e2e = platform.result.endToEnd;
  const ratio = { p50: e2e.p50 / floor.p50, p95: e2e.p95 / floor.p95, p99: e2e.p99 / floor.p99 };
  const ms = (value: number): string => `${value.toFixed(1)} ms`;

  console.log('');
  console.log(`rate=${platform.options.ratePerSecond}/s for ${platform.options.seconds} s (${platform.result.sent} messages each)`);
  console.log(`floor    raw kafkajs produce -> consume : n=${floor.count} throughput=${floor.throughput.toFixed(1)}/s p50=${ms(floor.p50)} p95=${ms(floor.p95)} p99=${ms(floor.p99)} max=${ms(floor.max)}`);
  console.log(`platform HTTP create -> in directory    : n=${e2e.count} throughput=${platform.result.endToEndThroughput.toFixed(1)}/s p50=${ms(e2e.p50)} p95=${ms(e2e.p95)} p99=${ms(e2e.p99)} max=${ms(e2e.max)}`);
  console.log(`ratio platform / floor                  : p50 x${ratio.p50.toFixed(1)}  p95 x${ratio.p95.toFixed(1)}  p99 x${ratio.p99.toFixed(1)}`);

  mkdirSync(RESULTS_DIR, { recursive: true });
  const record = { at: new Date().toISOString(), options: platform.options, floor, platform: platform.result, ratio };
  appendFileSync(join(RESULTS_DIR, 'results.jsonl'), `${JSON.stringify(record)}\n`);
  console.log(`appended to ${join(RESULTS_DIR, 'results.jsonl')}`);
}

const [floorFile, platformFile] = process.argv.slice(2);
if (floorFile === undefined || platformFile === undefined) {
  console.error('usage: compare-results <floor stdout file> <platform JSON file>');
  process.exit(2);
}
main(floorFile, platformFile);
