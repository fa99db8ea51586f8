import { expectationsFor, duplicateNames } from '../support/burst-through-outage';
import { awaitDirectory } from '../support/await-directory';
import { E2ePlatform } from '../support/e2e-platform';
import { organisationInput, type OrganisationInput } from '../support/factories';
import { reconcile, summarise } from '../support/reconcile';
import { scaled } from '../support/scale';
import type { ServiceProcess } from '../support/service-process';
import { sleep } from '../support/wait-for';

const JOINS_PER_SECOND = 40;
/** How long each group membership lasts before the next change, once the replica serves. */
const HOLD_MS = scaled(5_000);

/**
 * Consumer group rebalances under load: membership emits a steady stream of joins (40 a second)
 * for as long as matchmaking's groups are scaled 1 → 2 → 3 replicas (each join hands partitions
 * over) and back down: one replica stopped in an orderly way (it leaves the group), one killed with
 * SIGKILL (its partitions are handed over once its session expires). Every organisation ends in the
 * directory exactly once, with what was sent; the replicas that joined did take work.
 */
describe('fault: matchmaking replicas added and removed while events flow', () => {
  let platform: E2ePlatform | undefined;
  const extra: ServiceProcess[] = [];

  afterAll(async () => {
    await Promise.all(extra.map((replica) => replica.stop()));
    await platform?.stop();
  }, 180_000);

  it('applies every event once across four rebalances', async () => {
    platform = await E2ePlatform.start('rebalance');
    const running = platform;
    const [second, third] = [running.matchmaking.replica('2'), running.matchmaking.replica('3')];
    extra.push(second, third);

    const inputs = new Map<string, OrganisationInput>();
    const acknowledged = new Set<string>();
    const failures: string[] = [];
    const startedAt = Date.now();

    // A paced stream, not a burst, that lasts until the last change: the rebalances happen while events arrive.
    let streaming = true;
    let sent = 0;
    const stream = (async () => {
      const inFlight: Promise<void>[] = [];
      while (streaming) {
        const input = organisationInput(running.clusterId, sent);
        sent += 1;
        inputs.set(input.name, input);
        inFlight.push(
          running.api.joinOrganisation(input).then(
            (response) => (response.status === 201 ? void acknowledged.add(response.body.organisationId) : void failures.push(`HTTP ${response.status}`)),
            (error: unknown) => void failures.push(String(error)),
          ),
        );
        await sleep(Math.max(0, startedAt + (sent * 1000) / JOINS_PER_SECOND - Date.now()));
      }
      await Promise.all(inFlight);
    })();

    const steps: string[] = [];
    const step = (label: string) => steps.push(`${label}@${((Date.now() - startedAt) / 1000).toFixed(1)}s`);
    const processed = (replica: ServiceProcess) => replica.counter('icn_events_consumed_total', { outcome: 'processed' });
    await sleep(HOLD_MS);
    await second.startAndWaitReady();
    step('+replica2');
    await sleep(HOLD_MS);
    await third.startAndWaitReady();
    step('+replica3');
    await sleep(HOLD_MS);
    const processedBySecond = await processed(second);
    await second.stop();
    step('-replica2(SIGTERM)');
    await sleep(HOLD_MS);
    const processedByThird = await processed(third);
    await third.kill('SIGKILL');
    step('-replica3(SIGKILL)');
    await sleep(HOLD_MS);
    streaming = false;
    await stream;
    const streamMs = Date.now() - startedAt;

    const persisted = await running.api.listOrganisations(running.clusterId);
    const expected = expectationsFor(persisted, inputs);
    await awaitDirectory(running.directory, running.clusterId, expected, 180_000).catch((error: unknown) => console.warn(String(error)));
    await sleep(2_000);
    const settled = await running.directory.listOrganisations(running.clusterId);
    const reconciliation = reconcile(expected, settled);
    const convergedMs = Date.now() - startedAt;

    const figures = {
      sent,
      acknowledged: acknowledged.size,
      failed: failures.length,
      delivered: reconciliation.delivered,
      lost: [...acknowledged].filter((id) => reconciliation.missing.includes(id)).length + reconciliation.missing.length,
      duplicated: settled.filter((entry) => entry.sync.appliedEvents > 1).length,
      processedByReplica1: await processed(running.matchmaking),
      processedByReplica2BeforeStop: processedBySecond,
      processedByReplica3BeforeKill: processedByThird,
      steps: steps.join(','),
      streamMs,
      convergedMs,
    };
    console.log(summarise('rebalances under load', figures));

    expect(failures).toEqual([]);
    expect(reconciliation.missing).toEqual([]);
    expect(figures.duplicated).toBe(0);
    expect(reconciliation.overApplied).toEqual([]);
    expect(reconciliation.unexpected).toEqual([]);
    expect(reconciliation.mismatches).toEqual([]);
    expect(duplicateNames(settled)).toEqual([]);
    // The groups did hand partitions to the replicas that joined under load.
    expect(processedBySecond).toBeGreaterThan(0);
    expect(processedByThird).toBeGreaterThan(0);
    running.markPassed();
  }, 420_000);
});
