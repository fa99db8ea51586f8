import { HELIX_TYPES, type HelixType } from '@icn/contracts';
import type { ReportFact } from './report-facts';

/** One set of figures: the network's, or one cluster's share of them. */
export interface Figures {
  /** Members at the end of the year, by helix type. */
  members: Record<HelixType, number> & { total: number };
  /** Opportunities published during the year (by the publishing cluster). */
  opportunitiesShared: number;
  /** Passport applications submitted (by the home cluster); visits: completed stays starting in the year. */
  passport: { applications: number; visits: number; visitsHosted: number };
  /** Applications forwarded to partner programmes during the year, and their outcomes so far. */
  programmeApplications: { forwarded: number; accepted: number; labelled: number; rejected: number; noAnswer: number; awaiting: number };
  /** Missions starting in the year (not cancelled; by the organiser), selected delegations and their travellers (by the delegation's cluster). */
  missions: { organised: number; delegations: number; delegates: number };
  /** Network events starting in the year (not cancelled; by the host), seats taken and attendance (by the registrant's cluster). */
  events: { hosted: number; registrations: number; attended: number };
  /** Consortia submitted, granted, reserve-listed and rejected in the year (by the coordinator's cluster). */
  consortia: { submitted: number; granted: number; reserveListed: number; rejected: number };
  /** EUR granted in the year (by each beneficiary's cluster). */
  eurGranted: number;
}

export interface ProgrammeFigures {
  programmeTitle: string;
  forwarded: number;
  outcomes: Record<string, number>;
}

export interface AnnualReport {
  year: number;
  network: Figures & { clustersFunded: number };
  clusters: (Figures & { clusterId: string })[];
  programmes: ProgrammeFigures[];
}

/**
 * The figures of one year from the facts (report-facts.ts). Each count is attributed to the year
 * its deciding date falls in: joined/left for members, published, submitted, forwarded, granted,
 * reserve-listed; a visit, mission or network event by its first day. Network figures are the
 * sums of the clusters' (a Passport visit is counted once, for the visiting cluster; visitsHosted
 * is the host's view of the same visits). Pure and deterministic: equal facts give equal reports.
 */
export function annualReport(year: number, facts: Iterable<ReportFact>): AnnualReport {
  const inYear = (date: string | undefined): boolean => date !== undefined && date.slice(0, 4) === String(year);
  const yearEnd = `${year}-12-31T23:59:59.999Z`;
  const clusters = new Map<string, Figures>();
  const of = (clusterId: string): Figures => {
    let figures = clusters.get(clusterId);
    if (!figures) clusters.set(clusterId, (figures = emptyFigures()));
    return figures;
  };
  const programmes = new Map<string, ProgrammeFigures>();

  for (const fact of facts) {
    switch (fact.kind) {
      case 'organisation':
        if (fact.joinedAt <= yearEnd && (fact.leftAt === undefined || fact.leftAt > yearEnd)) {
          const members = of(fact.clusterId).members;
          members[fact.helixType] += 1;
          members.total += 1;
        }
        break;
      case 'opportunity':
        if (inYear(fact.publishedAt)) of(fact.clusterId).opportunitiesShared += 1;
        break;
      case 'passport':
        if (inYear(fact.submittedAt)) of(fact.homeClusterId).passport.applications += 1;
        if (fact.completed && inYear(fact.from)) {
          of(fact.homeClusterId).passport.visits += 1;
          of(fact.hostClusterId).passport.visitsHosted += 1;
        }
        break;
      case 'mission':
        if (!fact.cancelled && inYear(fact.from)) {
          of(fact.organiserClusterId).missions.organised += 1;
          for (const delegation of fact.delegations) {
            of(delegation.clusterId).missions.delegations += 1;
            of(delegation.clusterId).missions.delegates += delegation.travellers;
          }
        }
        break;
      case 'network-event':
        if (!fact.cancelled && inYear(fact.from)) {
          of(fact.hostClusterId).events.hosted += 1;
          for (const seat of fact.seats) {
            of(seat.clusterId).events.registrations += 1;
            if (seat.attended) of(seat.clusterId).events.attended += 1;
          }
        }
        break;
      case 'consortium': {
        const consortia = of(fact.coordinatorClusterId).consortia;
        if (inYear(fact.submittedAt)) consortia.submitted += 1;
        if (inYear(fact.reserveListedAt)) consortia.reserveListed += 1;
        if (inYear(fact.rejectedAt)) consortia.rejected += 1;
        if (inYear(fact.grantedAt)) {
          consortia.granted += 1;
          for (const [clusterId, cents] of Object.entries(fact.grantCentsByCluster)) of(clusterId).eurGranted += cents;
        }
        break;
      }
      case 'programme-application':
        if (inYear(fact.forwardedAt)) {
          const counts = of(fact.clusterId).programmeApplications;
          counts.forwarded += 1;
          countOutcome(counts, fact.outcome);
          let programme = programmes.get(fact.programmeTitle);
          if (!programme) programmes.set(fact.programmeTitle, (programme = { programmeTitle: fact.programmeTitle, forwarded: 0, outcomes: {} }));
          programme.forwarded += 1;
          const outcome = fact.outcome ?? 'awaiting';
          programme.outcomes[outcome] = (programme.outcomes[outcome] ?? 0) + 1;
        }
        break;
    }
  }

  // Summed in cents, then turned into euros: no floating-point drift in the totals.
  const sorted = [...clusters.entries()].sort(([a], [b]) => a.localeCompare(b));
  const network = sorted.reduce<Figures>((sum, [, figures]) => addFigures(sum, figures), emptyFigures());
  const clusterFigures = sorted.map(([clusterId, figures]) => ({ clusterId, ...figures, eurGranted: figures.eurGranted / 100 }));
  return {
    year,
    network: { ...network, eurGranted: network.eurGranted / 100, clustersFunded: clusterFigures.filter((figures) => figures.eurGranted > 0).length },
    clusters: clusterFigures,
    programmes: [...programmes.values()].sort((a, b) => a.programmeTitle.localeCompare(b.programmeTitle)),
  };
}

function countOutcome(counts: Figures['programmeApplications'], outcome: string | undefined): void {
  if (outcome === 'accepted') counts.accepted += 1;
  else if (outcome === 'labelled') counts.labelled += 1;
  else if (outcome === 'rejected') counts.rejected += 1;
  else if (outcome === 'no-answer') counts.noAnswer += 1;
  else counts.awaiting += 1;
}

export function emptyFigures(): Figures {
  const members = Object.fromEntries(HELIX_TYPES.map((type) => [type, 0])) as Record<HelixType, number>;
  return {
    members: { ...members, total: 0 },
    opportunitiesShared: 0,
    passport: { applications: 0, visits: 0, visitsHosted: 0 },
    programmeApplications: { forwarded: 0, accepted: 0, labelled: 0, rejected: 0, noAnswer: 0, awaiting: 0 },
    missions: { organised: 0, delegations: 0, delegates: 0 },
    events: { hosted: 0, registrations: 0, attended: 0 },
    consortia: { submitted: 0, granted: 0, reserveListed: 0, rejected: 0 },
    eurGranted: 0,
  };
}

/** Adds two sets of figures field by field (nested counters included). */
function addFigures(a: Figures, b: Figures): Figures {
  return sumDeep(a, b) as Figures;
}

function sumDeep(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return Object.fromEntries(Object.keys(left).map((key) => [key, sumDeep(left[key], right[key])]));
}
