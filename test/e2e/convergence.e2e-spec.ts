import { runWithConcurrency } from '../support/concurrency';
import { E2ePlatform } from '../support/e2e-platform';
import { organisationInput } from '../support/factories';
import { scaled } from '../support/scale';
import { awaitDirectory } from '../support/await-directory';
import { profileMismatches, summarise, type Expectation } from '../support/reconcile';

const ORGANISATIONS = scaled(1000);
const CONCURRENCY = 20;
/** Writes ride out a blip of the shared Kafka/FerretDB by retrying with the same Idempotency-Key. */
const RETRY_FOR_MS = 60_000;
const SAMPLE_EVERY = 20; // 50 of 1,000 compared field by field through the per-id endpoints

/**
 * The happy path at volume: membership and matchmaking as separate processes, 1,000 organisations
 * joined over HTTP, and matchmaking's directory converging to exactly those 1,000 — each applied
 * once, each with the content membership holds.
 */
describe('membership → matchmaking convergence', () => {
  let platform: E2ePlatform;

  beforeAll(async () => {
    platform = await E2ePlatform.start('convergence');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it(`converges to exactly the ${ORGANISATIONS} organisations created`, async () => {
    const started = Date.now();
    const results = await runWithConcurrency(ORGANISATIONS, CONCURRENCY, async (n) => {
      const input = organisationInput(platform.clusterId, n);
      const response = await platform.api.joinOrganisation(input, { retryForMs: RETRY_FOR_MS });
      if (response.status !== 201) throw new Error(`POST /organisations #${n}: ${response.status} ${JSON.stringify(response.body)}`);
      return { organisationId: response.body.organisationId, profile: input, events: 1 } satisfies Expectation;
    });
    const failures = results.filter((result) => !result.ok);
    expect(failures).toEqual([]);
    const writeMs = Date.now() - started;
    const expectations = new Map(results.flatMap((result) => (result.ok ? [[result.value.organisationId, result.value] as const] : [])));
    expect(expectations.size).toBe(ORGANISATIONS);

    const converged = await awaitDirectory(platform.directory, platform.clusterId, expectations, 200_000);
    const convergeMs = Date.now() - started;

    // Exactly the created set: same ids and names, nothing extra, each event applied once.
    expect(converged.unexpected).toEqual([]);
    expect(converged.overApplied).toEqual([]);
    expect(converged.mismatches).toEqual([]);
    const listed = await platform.directory.listOrganisations(platform.clusterId);
    expect(listed).toHaveLength(ORGANISATIONS);
    expect(listed.map((entry) => entry.sync.appliedEvents).every((count) => count === 1)).toBe(true);
    expect(new Set(listed.map((entry) => `${entry.organisationId}|${entry.name}`))).toEqual(
      new Set([...expectations.values()].map((expectation) => `${expectation.organisationId}|${expectation.profile.name}`)),
    );

    // A sample, field by field: membership's own view against matchmaking's per-id view.
    const sample = [...expectations.values()].filter((_, index) => index % SAMPLE_EVERY === 0);
    for (const expectation of sample) {
      const [source, copy] = await Promise.all([
        platform.api.getOrganisation(expectation.organisationId),
        platform.directory.getOrganisation(expectation.organisationId),
      ]);
      expect(source.status).toBe(200);
      expect(copy.status).toBe(200);
      expect(profileMismatches(expectation.organisationId, expectation.profile, source.body)).toEqual([]);
      expect(profileMismatches(expectation.organisationId, expectation.profile, copy.body)).toEqual([]);
      expect({ status: copy.body.status, joinedAt: copy.body.joinedAt, sync: copy.body.sync }).toEqual({
        status: source.body.status,
        joinedAt: source.body.joinedAt,
        sync: { lastSequence: source.body.version, appliedEvents: 1, updatedAt: expect.any(String) },
      });
    }

    console.log(
      summarise('convergence', {
        organisations: ORGANISATIONS,
        concurrency: CONCURRENCY,
        writeMs,
        writesPerSecond: Math.round((ORGANISATIONS * 1000) / writeMs),
        convergedMs: convergeMs,
        sampled: sample.length,
      }),
    );
    platform.markPassed();
  }, 330_000);
});
