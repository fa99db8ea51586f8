/**
 * Matchmaking ranking in memory (issue 4, point 8): the MatchingIndex of apps/matchmaking with
 * BENCH_MATCHING_ORGANISATIONS synthetic organisations (seeded, Zipf-distributed sectors,
 * technologies and countries; see apps/matchmaking/src/matching/testing/synthetic-network.ts).
 * Needs no Kafka or MongoDB: it measures the engine, not the event path to it.
 *
 * Measures: index build time; ranking one opportunity -> top BENCH_MATCHING_LIMIT organisations,
 * p50/p95/p99 over BENCH_MATCHING_QUERIES different opportunities (aim p95 <= 50 ms); organisation ->
 * organisations and organisation -> open opportunities likewise; an organisation upsert, and upsert ->
 * present in a ranking (upsert, rank, find it: upserts are synchronous, so that is the whole delay
 * inside the service); heap and RSS held by the index (after global.gc when run with --expose-gc).
 *
 *   npm run bench:matching
 *   BENCH_MATCHING_ORGANISATIONS=200000 npm run bench:matching
 * Run alone: node --expose-gc -r ./scripts/register-paths.js <dist>/bench/matchmaking-ranking.bench.js
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MatchingIndex } from '../apps/matchmaking/src/matching/matching-index';
import type { OpportunityMatchingInput, OrganisationMatchingInput } from '../apps/matchmaking/src/matching/matching-profile';
import { SeededRandom } from '../apps/matchmaking/src/matching/testing/seeded-random';
import { SyntheticNetwork } from '../apps/matchmaking/src/matching/testing/synthetic-network';
import { REPO_ROOT } from './support/bench-service';
import { formatSummary, summarise, type LatencySummary } from './support/latency-stats';
import { numberFromEnv } from './support/number-from-env';

export interface MatchingBenchOptions {
  organisations: number;
  /** Different opportunities ranked (and as many organisations for the other two rankings). */
  queries: number;
  /** Open opportunities held for organisation -> opportunities. */
  opportunities: number;
  upserts: number;
  limit: number;
  seed: number;
}

export interface MemoryFigures {
  gcExposed: boolean;
  heapUsedMiB: number;
  rssMiB: number;
  /** Heap held by the index alone (after - before building it), per organisation. */
  heapBytesPerOrganisation: number;
}

export interface MatchingBenchResult {
  /** Sum of the upsert calls alone (decoding and generating the organisations excluded). */
  buildMs: number;
  buildPerSecond: number;
  opportunityToOrganisations: LatencySummary;
  organisationToOrganisations: LatencySummary;
  organisationToOpportunities: LatencySummary;
  /** Mean matches returned per opportunity ranking (at most `limit`). */
  meanResults: number;
  upsert: LatencySummary;
  upsertToRanked: LatencySummary;
  /** Upserted organisations not found in the ranking right after (should be 0). */
  upsertsMissing: number;
  memory: MemoryFigures;
}

/** What the measurements remember of an organisation once the index holds it. */
type Member = Pick<OrganisationMatchingInput, 'organisationId' | 'clusterId' | 'status'>;

const MiB = 1024 * 1024;
const NOW = Date.parse('2026-03-01T12:00:00.000Z');

export function runMatchingBench(options: MatchingBenchOptions): MatchingBenchResult {
  // First pass: what the measurements need to remember of each organisation, and the opportunities.
  const random = new SeededRandom(options.seed);
  const network = new SyntheticNetwork(random);
  const members: Member[] = [];
  for (let index = 0; index < options.organisations; index += 1) {
    const { organisationId, clusterId, status } = network.organisation(index);
    members.push({ organisationId, clusterId, status });
  }
  const rankingOpportunities = Array.from({ length: options.queries }, (_, index) => network.opportunity(index, members, NOW));
  const heldOpportunities = Array.from({ length: options.opportunities }, (_, index) => network.opportunity(options.queries + index, members, NOW));

  // Second pass: the same organisations again (same seed), each decoded from JSON as the consumer
  // receives it, so no string is shared with the generator and the heap delta is what the index holds.
  const before = settledMemory();
  const index = new MatchingIndex({ clock: () => NOW });
  const replay = new SyntheticNetwork(new SeededRandom(options.seed));
  let buildMs = 0;
  for (let position = 0; position < options.organisations; position += 1) {
    const organisation = JSON.parse(JSON.stringify(replay.organisation(position))) as OrganisationMatchingInput;
    const started = performance.now();
    index.upsertOrganisation(organisation);
    buildMs += performance.now() - started;
  }
  const after = settledMemory();
  for (const opportunity of heldOpportunities) index.upsertOpportunity(opportunity);

  // Warm-up: let the JIT compile the ranking paths before measuring them.
  for (const opportunity of rankingOpportunities.slice(0, 50)) index.rankOrganisationsForOpportunity(opportunity, { limit: options.limit });
  const sources = Array.from({ length: options.queries }, () => random.pick(members)).filter((member) => member.status === 'active');
  for (const source of sources.slice(0, 20)) index.rankOrganisationsForOrganisation(source.organisationId, { limit: options.limit });

  let results = 0;
  const opportunityToOrganisations = timeEach(rankingOpportunities, (opportunity) => {
    results += index.rankOrganisationsForOpportunity(opportunity, { limit: options.limit }).length;
  });
  const organisationToOrganisations = timeEach(sources, (source) => index.rankOrganisationsForOrganisation(source.organisationId, { limit: options.limit }));
  const organisationToOpportunities = timeEach(sources, (source) => index.rankOpportunitiesForOrganisation(source.organisationId, { limit: options.limit }));
  const incremental = measureUpserts(index, network, rankingOpportunities, options);

  return {
    buildMs,
    buildPerSecond: (options.organisations / buildMs) * 1000,
    opportunityToOrganisations: summarise(opportunityToOrganisations),
    organisationToOrganisations: summarise(organisationToOrganisations),
    organisationToOpportunities: summarise(organisationToOpportunities),
    meanResults: results / rankingOpportunities.length,
    ...incremental,
    memory: {
      gcExposed: typeof gc === 'function',
      heapUsedMiB: after.heapUsed / MiB,
      rssMiB: after.rss / MiB,
      heapBytesPerOrganisation: (after.heapUsed - before.heapUsed) / options.organisations,
    },
  };
}

/**
 * Each upsert is a new organisation sharing every sector and technology of one opportunity, so no
 * existing organisation can outscore it; its id sorts before every random UUID, so it also wins ties
 * and must be in the top `limit` as soon as the upsert returns. It is removed afterwards, so the
 * index keeps its size.
 */
function measureUpserts(
  index: MatchingIndex,
  network: SyntheticNetwork,
  opportunities: readonly OpportunityMatchingInput[],
  options: MatchingBenchOptions,
): Pick<MatchingBenchResult, 'upsert' | 'upsertToRanked' | 'upsertsMissing'> {
  const upsertMs: number[] = [];
  const upsertToRankedMs: number[] = [];
  let missing = 0;
  const untargeted = opportunities.filter((opportunity) => opportunity.targetCountries.length + opportunity.targetClusterIds.length + opportunity.targetHelixTypes.length === 0);
  for (let step = 0; step < options.upserts; step += 1) {
    const opportunity = untargeted[step % untargeted.length];
    const organisation: OrganisationMatchingInput = {
      ...network.organisation(options.organisations + step),
      organisationId: `00000000-0000-4000-8000-${String(step).padStart(12, '0')}`,
      sectors: [...opportunity.sectors],
      technologies: [...opportunity.technologies],
      status: 'active',
    };
    const started = performance.now();
    index.upsertOrganisation(organisation);
    const upserted = performance.now();
    const ranked = index.rankOrganisationsForOpportunity(opportunity, { limit: options.limit });
    const found = ranked.some((match) => match.organisationId === organisation.organisationId);
    const finished = performance.now();
    upsertMs.push(upserted - started);
    upsertToRankedMs.push(finished - started);
    if (!found) missing += 1;
    index.removeOrganisation(organisation.organisationId);
  }
  return { upsert: summarise(upsertMs), upsertToRanked: summarise(upsertToRankedMs), upsertsMissing: missing };
}

function timeEach<T>(items: readonly T[], run: (item: T) => unknown): number[] {
  return items.map((item) => {
    const started = performance.now();
    run(item);
    return performance.now() - started;
  });
}

/** Memory after a full collection when --expose-gc gave us one (twice: weak references, finalisers). */
function settledMemory(): NodeJS.MemoryUsage {
  if (typeof gc === 'function') {
    gc();
    gc();
  }
  return process.memoryUsage();
}

function report(options: MatchingBenchOptions, result: MatchingBenchResult): void {
  const perSecond = (summary: LatencySummary): number => 1000 / summary.mean;
  console.log(`matchmaking ranking: ${options.organisations} organisations, ${options.opportunities} open opportunities, top ${options.limit}, seed ${options.seed}`);
  console.log(`index build                        ${result.buildMs.toFixed(0)} ms (${result.buildPerSecond.toFixed(0)} organisations/s)`);
  console.log(formatSummary('opportunity -> organisations', result.opportunityToOrganisations, perSecond(result.opportunityToOrganisations)));
  console.log(`  mean results per ranking ${result.meanResults.toFixed(1)}; aim p95 <= 50 ms: ${result.opportunityToOrganisations.p95 <= 50 ? 'MET' : 'NOT MET'}`);
  console.log(formatSummary('organisation -> organisations', result.organisationToOrganisations, perSecond(result.organisationToOrganisations)));
  console.log(formatSummary('organisation -> opportunities', result.organisationToOpportunities, perSecond(result.organisationToOpportunities)));
  console.log(formatSummary('organisation upsert', result.upsert, perSecond(result.upsert)));
  console.log(formatSummary('upsert -> present in a ranking', result.upsertToRanked, perSecond(result.upsertToRanked)));
  console.log(`  upserted organisations missing from the ranking right after: ${result.upsertsMissing}`);
  const memory = result.memory;
  console.log(
    `memory with ${options.organisations} organisations: heap used ${memory.heapUsedMiB.toFixed(0)} MiB, RSS ${memory.rssMiB.toFixed(0)} MiB; ` +
      `index ${((memory.heapBytesPerOrganisation * options.organisations) / MiB).toFixed(0)} MiB of heap (${memory.heapBytesPerOrganisation.toFixed(0)} bytes per organisation)` +
      (memory.gcExposed ? '' : ' [no --expose-gc: figures include garbage]'),
  );
}

if (require.main === module) {
  const options: MatchingBenchOptions = {
    organisations: numberFromEnv('BENCH_MATCHING_ORGANISATIONS', 100_000),
    queries: numberFromEnv('BENCH_MATCHING_QUERIES', 500),
    opportunities: numberFromEnv('BENCH_MATCHING_OPPORTUNITIES', 5_000),
    upserts: numberFromEnv('BENCH_MATCHING_UPSERTS', 1_000),
    limit: numberFromEnv('BENCH_MATCHING_LIMIT', 20),
    seed: numberFromEnv('BENCH_MATCHING_SEED', 20260301),
  };
  try {
    const result = runMatchingBench(options);
    report(options, result);
    const dir = join(REPO_ROOT, 'bench/results');
    mkdirSync(dir, { recursive: true });
    appendFileSync(join(dir, 'results.jsonl'), `${JSON.stringify({ at: new Date().toISOString(), bench: 'matchmaking-ranking', options, result })}\n`);
  } catch (error: unknown) {
    console.error(error);
    process.exit(1);
  }
}
