import type { ConsortiumState } from './consortium';
import { toCents } from './grant-split';

export interface ConsortiumCounts {
  /** Consortia submitted in the year (whatever happened to them since). */
  submissions: number;
  granted: number;
  reserveList: number;
  rejected: number;
  withdrawn: number;
  /** granted / submissions in percent, one decimal; null without submissions. */
  successRatePercent: number | null;
  eurGranted: number;
}

export interface ClusterConsortiumCounts extends ConsortiumCounts {
  clusterId: string;
}

export interface ConsortiumStatistics {
  year: number;
  network: ConsortiumCounts;
  byCluster: ClusterConsortiumCounts[];
}

interface Tally {
  submissions: number;
  granted: number;
  reserveList: number;
  rejected: number;
  withdrawn: number;
  grantedCents: number;
}

/**
 * The yearly report ("a COSME application won 450,000 EUR for five clusters"). A consortium belongs
 * to the year it was submitted in, so figures never move between years as outcomes come in; its
 * current status says how it ended (reserve-list: still waiting). Success rate is granted over
 * submissions — consortia still waiting lower it until they are decided.
 *
 * A cluster's figures count the consortia with at least one member from that cluster (any role; the
 * members are frozen at submission), so one consortium counts once for each of its clusters and the
 * cluster rows do not add up to the network row. Its `eurGranted`, however, is the part of the grant
 * that went to its own members, so those do add up to the network's EUR granted.
 */
export function consortiumStatistics(year: number, submitted: readonly ConsortiumState[]): ConsortiumStatistics {
  const network = emptyTally();
  const byCluster = new Map<string, Tally>();
  for (const consortium of submitted) {
    add(network, consortium, toCents(consortium.grant?.totalEur ?? 0));
    for (const clusterId of new Set(consortium.members.map((member) => member.clusterId))) {
      add(tallyOf(byCluster, clusterId), consortium, clusterShareCents(consortium, clusterId));
    }
  }
  return {
    year,
    network: countsOf(network),
    byCluster: [...byCluster.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([clusterId, tally]) => ({ clusterId, ...countsOf(tally) })),
  };
}

/** The calendar year as the half-open ISO interval the repository queries. */
export function yearBounds(year: number): { start: string; end: string } {
  return { start: new Date(Date.UTC(year, 0, 1)).toISOString(), end: new Date(Date.UTC(year + 1, 0, 1)).toISOString() };
}

function clusterShareCents(consortium: ConsortiumState, clusterId: string): number {
  const ids = new Set(consortium.members.filter((member) => member.clusterId === clusterId).map((member) => member.organisationId));
  return (consortium.grant?.shares ?? []).filter((share) => ids.has(share.organisationId)).reduce((sum, share) => sum + toCents(share.amountEur), 0);
}

function add(tally: Tally, consortium: ConsortiumState, grantedCents: number): void {
  tally.submissions += 1;
  if (consortium.status === 'granted') {
    tally.granted += 1;
    tally.grantedCents += grantedCents;
  }
  if (consortium.status === 'reserve-list') tally.reserveList += 1;
  if (consortium.status === 'rejected') tally.rejected += 1;
  if (consortium.status === 'withdrawn') tally.withdrawn += 1;
}

function emptyTally(): Tally {
  return { submissions: 0, granted: 0, reserveList: 0, rejected: 0, withdrawn: 0, grantedCents: 0 };
}

function tallyOf(rows: Map<string, Tally>, clusterId: string): Tally {
  let tally = rows.get(clusterId);
  if (tally === undefined) {
    tally = emptyTally();
    rows.set(clusterId, tally);
  }
  return tally;
}

function countsOf(tally: Tally): ConsortiumCounts {
  const { grantedCents, ...counts } = tally;
  return {
    ...counts,
    successRatePercent: tally.submissions === 0 ? null : Math.round((tally.granted * 1000) / tally.submissions) / 10,
    eurGranted: grantedCents / 100,
  };
}
