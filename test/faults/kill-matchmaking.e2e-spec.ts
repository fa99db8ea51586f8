import { runWithConcurrency } from '../support/concurrency';
import { E2ePlatform } from '../support/e2e-platform';
import { organisationInput, type OrganisationInput } from '../support/factories';
import { scaled } from '../support/scale';
import { awaitDirectory } from '../support/await-directory';
import { summarise, type Expectation } from '../support/reconcile';
import { sleep, waitFor } from '../support/wait-for';

const ORGANISATIONS = scaled(600);
const CONCURRENCY = 20;
/** Writes ride out a blip of the shared Kafka/FerretDB by retrying with the same Idempotency-Key. */
const RETRY_FOR_MS = 60_000;
/** Every 4th organisation is also updated once or twice, so its events carry sequences 2 and 3. */
const updatesFor = (n: number): number => (n % 4 !== 0 ? 0 : n % 8 === 0 ? 2 : 1);

/**
 * A consumer crash mid-stream: matchmaking is SIGKILLed (no shutdown hook, no offset commit) while
 * it is applying a stream of creations and updates, then restarted. The events it had applied but
 * not committed are delivered again; the directory must still end with exactly the acknowledged
 * organisations, each event applied exactly once (appliedEvents == events emitted).
 */
describe('fault: kill -9 matchmaking mid-stream', () => {
  let platform: E2ePlatform;

  beforeAll(async () => {
    platform = await E2ePlatform.start('kill-matchmaking');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('ends with every acknowledged change applied exactly once', async () => {
    const expectations = new Map<string, Expectation>();
    const writer = runWithConcurrency(ORGANISATIONS, CONCURRENCY, async (n) => {
      let profile: OrganisationInput = organisationInput(platform.clusterId, n);
      const created = await platform.api.joinOrganisation(profile, { retryForMs: RETRY_FOR_MS });
      if (created.status !== 201) throw new Error(`POST /organisations #${n}: ${created.status} ${JSON.stringify(created.body)}`);
      const expectation: Expectation = { organisationId: created.body.organisationId, profile, events: 1 };
      expectations.set(expectation.organisationId, expectation);
      for (let update = 1; update <= updatesFor(n); update += 1) {
        const patch = { name: `${profile.name} rev ${update}`, description: `Revision ${update} of organisation ${n}.` };
        const updated = await platform.api.updateOrganisation(expectation.organisationId, patch, { retryForMs: RETRY_FOR_MS });
        if (updated.status !== 200) throw new Error(`PATCH /organisations #${n}: ${updated.status} ${JSON.stringify(updated.body)}`);
        profile = { ...profile, ...patch };
        expectation.profile = profile;
        expectation.events += 1;
      }
    });

    // Crash the consumer once about a third of the organisations have reached its directory.
    const atKill = await waitFor(
      async () => {
        const count = await platform.directory.countOrganisations(platform.clusterId);
        return count >= ORGANISATIONS / 3 ? count : undefined;
      },
      { timeoutMs: 180_000, intervalMs: 500, description: `${Math.round(ORGANISATIONS / 3)} organisations in the directory before the kill` },
    );
    await platform.matchmaking.kill('SIGKILL');
    const killedAt = Date.now();
    await sleep(500);
    await platform.matchmaking.startAndWaitReady();
    const restartMs = Date.now() - killedAt;
    // Ready is not consuming: the new member first waits out the dead one in the group rebalance.
    const countAtRestart = await platform.directory.countOrganisations(platform.clusterId);
    await waitFor(async () => (await platform.directory.countOrganisations(platform.clusterId)) > countAtRestart, {
      timeoutMs: 120_000,
      intervalMs: 500,
      description: 'the restarted matchmaking to resume consuming',
    });
    const resumedMs = Date.now() - killedAt;

    const results = await writer;
    expect(results.filter((result) => !result.ok)).toEqual([]);
    const writesDoneMs = Date.now() - killedAt;

    // Includes the group rebalance: the killed member stays in the group until its session times out.
    const final = await awaitDirectory(platform.directory, platform.clusterId, expectations, 180_000);
    const recoveredMs = Date.now() - killedAt;

    const emitted = [...expectations.values()].reduce((sum, expectation) => sum + expectation.events, 0);
    console.log(
      summarise('kill -9 matchmaking', {
        organisations: expectations.size,
        eventsEmitted: emitted,
        inDirectoryAtKill: atKill,
        restartReadyMs: restartMs,
        resumedConsumingAfterKillMs: resumedMs,
        writesDoneAfterKillMs: writesDoneMs,
        convergedAfterKillMs: recoveredMs,
        delivered: final.delivered,
        missing: final.missing.length,
        duplicated: final.overApplied.length,
      }),
    );
    expect(expectations.size).toBe(ORGANISATIONS);
    expect(final.missing).toEqual([]);
    expect(final.unexpected).toEqual([]);
    expect(final.overApplied).toEqual([]);
    expect(final.mismatches).toEqual([]);

    // lastSequence is membership's version after the last event: creation 1, then one per update.
    const listed = await platform.directory.listOrganisations(platform.clusterId);
    const wrongSequence = listed.filter((entry) => entry.sync.lastSequence !== expectations.get(entry.organisationId)?.events);
    expect(wrongSequence).toEqual([]);
    expect(listed.some((entry) => entry.sync.lastSequence > 1)).toBe(true);
    platform.markPassed();
  }, 300_000);
});
