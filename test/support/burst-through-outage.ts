import { awaitDirectory } from './await-directory';
import { runWithConcurrency } from './concurrency';
import type { DirectoryOrganisation } from './directory-api';
import type { E2ePlatform } from './e2e-platform';
import { organisationInput, type OrganisationInput } from './factories';
import type { MembershipOrganisation } from './membership-api';
import { ReadinessWatch } from './readiness-watch';
import { reconcile, type Expectation, type Reconciliation } from './reconcile';
import { sleep, waitFor } from './wait-for';

/** A dependency taken away for `durationMs` while writes flow, then given back. */
export interface Outage {
  label: string;
  durationMs: number;
  begin: () => Promise<void>;
  end: () => Promise<void>;
}

export interface OutageOutcome {
  figures: Record<string, number | string>;
  /** 201s that are not in membership or never reached the directory. */
  acknowledgedLost: string[];
  reconciliation: Reconciliation;
  settled: DirectoryOrganisation[];
  persisted: MembershipOrganisation[];
  /** Watched services that never reported "not ready" during the outage. */
  silentDuringOutage: string[];
  /** Watched services that said "not ready" at any moment from the outage's begin on. */
  droppedReadiness: string[];
  /** Watched services not ready again after the outage. */
  notRecovered: string[];
  /** Watched services restarted or dead meanwhile (a restart loop, a crash). */
  restarted: string[];
}

/**
 * Organisations joined through membership in a burst at `concurrency`; a third of the way through,
 * the outage begins and lasts `durationMs`; afterwards more writes. While it lasts and after,
 * membership's and matchmaking's readiness is watched. The outcome says what the scenario asserts:
 * every 201 in membership and once in matchmaking's directory (the events flow from membership's
 * outbox through Kafka), a failed request never half-done, readiness that reported the loss and came
 * back without a restart.
 */
export async function burstThroughOutage(platform: E2ePlatform, outage: Outage, burst: number, concurrency: number, afterwards: number): Promise<OutageOutcome> {
  const watched = [platform.membership, platform.matchmaking];
  const watch = new ReadinessWatch(watched);
  watch.start();
  const inputs = new Map<string, OrganisationInput>(); // by name: failed requests return no id
  const acknowledged = new Set<string>();
  const create = async (n: number): Promise<void> => {
    const input = organisationInput(platform.clusterId, n);
    inputs.set(input.name, input);
    const response = await platform.api.joinOrganisation(input);
    if (response.status !== 201) throw new Error(`HTTP ${response.status}`);
    acknowledged.add(response.body.organisationId);
  };

  const burstDone = runWithConcurrency(burst, concurrency, create);
  await waitFor(() => acknowledged.size >= Math.round(burst / 3), { timeoutMs: 60_000, intervalMs: 5, description: `a third of ${burst} creations acknowledged` });
  const beganAt = Date.now();
  const acksAtBegin = acknowledged.size;
  await outage.begin();
  await sleep(Math.max(0, outage.durationMs - (Date.now() - beganAt)));
  const endedAt = Date.now();
  await outage.end();
  const burstResults = await burstDone;

  const recovered = await waitFor(() => (watched.every((service) => watch.readyAgainAfter(service, endedAt) !== undefined) ? true : undefined), {
    timeoutMs: 120_000,
    intervalMs: 250,
    description: `membership and matchmaking ready again after the ${outage.label}`,
  }).catch(() => false);
  const readyAgainMs = watched.map((service) => `${service.name}:${(watch.readyAgainAfter(service, endedAt) ?? Number.NaN) - endedAt}`).join(',');

  // Once back, writes flow as before.
  const afterResults = await runWithConcurrency(afterwards, 20, (i) => create(burst + i));
  const failedAfterwards = afterResults.filter((result) => !result.ok).length;

  // Membership's own state is the truth for requests that failed ("may or may not have happened").
  const persisted = await platform.api.listOrganisations(platform.clusterId);
  const persistedIds = new Set(persisted.map((organisation) => organisation.organisationId));
  const expected = expectationsFor(persisted, inputs);
  await awaitDirectory(platform.directory, platform.clusterId, expected, 180_000).catch((error: unknown) => console.warn(String(error)));
  await sleep(2_000); // a late duplicate delivery shows itself before counting
  const settled = await platform.directory.listOrganisations(platform.clusterId);
  const reconciliation = reconcile(expected, settled);
  await watch.stop();

  const acknowledgedLost = [...acknowledged].filter((id) => !persistedIds.has(id) || reconciliation.missing.includes(id));
  const figures = {
    sent: burst + afterwards,
    acknowledged: acknowledged.size,
    acknowledgedBeforeOutage: acksAtBegin,
    failedDuringBurst: burstResults.filter((result) => !result.ok).length,
    failedAfterwards,
    persistedWithoutAck: persisted.length - acknowledged.size,
    delivered: reconciliation.delivered,
    lost: new Set([...acknowledgedLost, ...reconciliation.missing]).size,
    duplicated: settled.filter((entry) => entry.sync.appliedEvents > 1).length,
    eventWithoutState: reconciliation.unexpected.length,
    notReadyAfterMs: watched.map((service) => `${service.name}:${(watch.firstNotReadyAfter(service, beganAt) ?? Number.NaN) - beganAt}`).join(','),
    readyAgainAfterEndMs: readyAgainMs,
    readinessDrops: watched.map((service) => `${service.name}:${watch.dropsOf(service)}`).join(','),
    outageMs: endedAt - beganAt,
  };
  return {
    figures,
    acknowledgedLost,
    reconciliation,
    settled,
    persisted,
    silentDuringOutage: watched.filter((service) => (watch.firstNotReadyAfter(service, beganAt) ?? Number.POSITIVE_INFINITY) > endedAt + 5_000).map((service) => service.name),
    droppedReadiness: watched.filter((service) => watch.firstNotReadyAfter(service, beganAt) !== undefined).map((service) => service.name),
    notRecovered: recovered === true ? [] : watched.filter((service) => watch.readyAgainAfter(service, endedAt) === undefined).map((service) => service.name),
    restarted: watch.restarted(),
  };
}

/** What the directory must hold: every organisation membership persisted, with what was sent for it. */
export function expectationsFor(persisted: MembershipOrganisation[], inputs: Map<string, OrganisationInput>): Map<string, Expectation> {
  return new Map(
    persisted.map((organisation) => {
      const profile = inputs.get(organisation.name);
      if (profile === undefined) throw new Error(`membership holds an organisation nobody sent: ${organisation.name}`);
      return [organisation.organisationId, { organisationId: organisation.organisationId, profile, events: 1 }];
    }),
  );
}

/** Names held more than once: a request applied twice. */
export function duplicateNames(organisations: (MembershipOrganisation | DirectoryOrganisation)[]): string[] {
  const seen = new Set<string>();
  return organisations.map((organisation) => organisation.name).filter((name) => (seen.has(name) ? true : (seen.add(name), false)));
}
