import type { PassportApplicationState } from './passport-application';

/** How far the year's applications got; an application counts in every stage it reached. */
export interface PassportCounts {
  submitted: number;
  accepted: number;
  declined: number;
  completed: number;
  cancelled: number;
}

export interface ClusterPassportCounts extends PassportCounts {
  clusterId: string;
}

export interface PassportStatistics {
  year: number;
  network: PassportCounts;
  byHostCluster: ClusterPassportCounts[];
  byHomeCluster: ClusterPassportCounts[];
}

/**
 * The yearly report ("15 companies applied in 2017"): applications are attributed to the year they
 * were submitted in, and counted by the stages they reached (an accepted then cancelled visit is
 * both accepted and cancelled), so the figures never move between years as visits progress.
 */
export function passportStatistics(year: number, applications: readonly PassportApplicationState[]): PassportStatistics {
  const network = emptyCounts();
  const byHost = new Map<string, PassportCounts>();
  const byHome = new Map<string, PassportCounts>();
  for (const application of applications) {
    const reached = stagesReached(application);
    for (const counts of [network, countsOf(byHost, application.hostClusterId), countsOf(byHome, application.homeClusterId)]) {
      for (const stage of reached) counts[stage] += 1;
    }
  }
  return { year, network, byHostCluster: sortedRows(byHost), byHomeCluster: sortedRows(byHome) };
}

/** The calendar year as the half-open ISO interval the repository queries. */
export function yearBounds(year: number): { start: string; end: string } {
  return { start: new Date(Date.UTC(year, 0, 1)).toISOString(), end: new Date(Date.UTC(year + 1, 0, 1)).toISOString() };
}

function stagesReached(application: PassportApplicationState): (keyof PassportCounts)[] {
  const stages: (keyof PassportCounts)[] = ['submitted'];
  if (application.acceptedAt !== undefined) stages.push('accepted');
  if (application.declinedAt !== undefined) stages.push('declined');
  if (application.completedAt !== undefined) stages.push('completed');
  if (application.cancelledAt !== undefined) stages.push('cancelled');
  return stages;
}

function emptyCounts(): PassportCounts {
  return { submitted: 0, accepted: 0, declined: 0, completed: 0, cancelled: 0 };
}

function countsOf(rows: Map<string, PassportCounts>, clusterId: string): PassportCounts {
  let counts = rows.get(clusterId);
  if (counts === undefined) {
    counts = emptyCounts();
    rows.set(clusterId, counts);
  }
  return counts;
}

function sortedRows(rows: Map<string, PassportCounts>): ClusterPassportCounts[] {
  return [...rows.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([clusterId, counts]) => ({ clusterId, ...counts }));
}
