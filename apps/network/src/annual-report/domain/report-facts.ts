import type {
  ApplicationSnapshotV1,
  ConsortiumSnapshotV1,
  HelixType,
  MissionSnapshotV1,
  NetworkEventSnapshotV1,
  OpportunitySnapshotV1,
  OrganisationSnapshotV1,
  PassportApplicationSnapshotV1,
} from '@icn/contracts';

/*
 * The annual report's read model keeps one fact per entity of the platform (an organisation, an
 * opportunity, a Passport application, a mission, a network event, a consortium, a programme
 * application): the few fields the figures need, taken from the full snapshot every event carries.
 * A newer event of the same entity replaces its fact (sequence-guarded), so replaying the topics
 * from the beginning under a new consumer group rebuilds exactly the same facts, and the figures of
 * any year are computed from them (annual-figures.ts) — nothing is counted incrementally.
 */

export interface OrganisationFact {
  kind: 'organisation';
  id: string;
  clusterId: string;
  helixType: HelixType;
  joinedAt: string;
  /** When it left (the event's time): it counts as a member of the years before. */
  leftAt?: string;
}

export interface OpportunityFact {
  kind: 'opportunity';
  id: string;
  clusterId: string;
  publishedAt: string;
}

export interface PassportFact {
  kind: 'passport';
  id: string;
  homeClusterId: string;
  hostClusterId: string;
  submittedAt: string;
  /** First day of the visit; a completed application is a visit of that year. */
  from: string;
  completed: boolean;
}

export interface MissionFact {
  kind: 'mission';
  id: string;
  organiserClusterId: string;
  from: string;
  cancelled: boolean;
  /** Selected delegations: the applicant's cluster and how many people travel. */
  delegations: { clusterId: string; travellers: number }[];
}

export interface NetworkEventFact {
  kind: 'network-event';
  id: string;
  hostClusterId: string;
  from: string;
  cancelled: boolean;
  /** Confirmed registrations (seats), with attendance once recorded. */
  seats: { clusterId: string; attended: boolean }[];
}

export interface ConsortiumFact {
  kind: 'consortium';
  id: string;
  coordinatorClusterId: string;
  submittedAt?: string;
  reserveListedAt?: string;
  grantedAt?: string;
  rejectedAt?: string;
  /** EUR of the grant per beneficiary's cluster (shares summed by cluster, in cents). */
  grantCentsByCluster: Record<string, number>;
}

export interface ProgrammeApplicationFact {
  kind: 'programme-application';
  id: string;
  clusterId: string;
  programmeTitle: string;
  forwardedAt?: string;
  outcome?: string;
}

export type ReportFact =
  | OrganisationFact
  | OpportunityFact
  | PassportFact
  | MissionFact
  | NetworkEventFact
  | ConsortiumFact
  | ProgrammeApplicationFact;

/** The part of an event the facts are read from (a CloudEvent validated by its consumer). */
export interface ReportInput {
  type: string;
  time: string;
  data: unknown;
}

const EVENT_PREFIX = {
  organisation: 'org.icn.membership.organisation.',
  opportunity: 'org.icn.opportunities.opportunity.',
  passport: 'org.icn.matchmaking.passport.',
  mission: 'org.icn.matchmaking.mission.',
  networkEvent: 'org.icn.network.network-event.',
  consortium: 'org.icn.consortia.consortium.',
  application: 'org.icn.network.application.',
} as const;

/**
 * The fact an event leaves behind, or null for events the report does not read (contacts,
 * meetings, agendas, suggestions…). Each event type carries its entity's full state, so the fact
 * depends on that one event only.
 */
export function factOf(event: ReportInput): ReportFact | null {
  const { type } = event;
  if (type.startsWith(EVENT_PREFIX.organisation)) {
    // Suspended, reinstated and left are deltas without the snapshot (left: see organisationLeftOf).
    const organisation = (event.data as { organisation?: OrganisationSnapshotV1 }).organisation;
    if (!organisation) return null;
    return { kind: 'organisation', id: organisation.organisationId, clusterId: organisation.clusterId, helixType: organisation.helixType, joinedAt: organisation.joinedAt };
  }
  if (type.startsWith(EVENT_PREFIX.opportunity)) {
    const { opportunity } = event.data as { opportunity: OpportunitySnapshotV1 };
    return { kind: 'opportunity', id: opportunity.opportunityId, clusterId: opportunity.originClusterId, publishedAt: opportunity.publishedAt };
  }
  if (type.startsWith(EVENT_PREFIX.passport)) {
    const { application } = event.data as { application: PassportApplicationSnapshotV1 };
    return {
      kind: 'passport',
      id: application.applicationId,
      homeClusterId: application.homeClusterId,
      hostClusterId: application.hostClusterId,
      submittedAt: application.submittedAt,
      from: application.from,
      completed: application.status === 'completed',
    };
  }
  // Meeting and agenda events have prefixes of their own (mission-meeting., mission-agenda.).
  if (type.startsWith(EVENT_PREFIX.mission)) {
    const mission = (event.data as { mission?: MissionSnapshotV1 }).mission;
    if (!mission) return null;
    return {
      kind: 'mission',
      id: mission.missionId,
      organiserClusterId: mission.organiserClusterId,
      from: mission.from,
      cancelled: mission.status === 'cancelled',
      delegations: mission.applications
        .filter((application) => application.status === 'selected')
        .map((application) => ({ clusterId: application.clusterId, travellers: application.travellers.length })),
    };
  }
  if (type.startsWith(EVENT_PREFIX.networkEvent)) {
    const snapshot = (event.data as { event: NetworkEventSnapshotV1 }).event;
    return {
      kind: 'network-event',
      id: snapshot.eventId,
      hostClusterId: snapshot.hostClusterId,
      from: snapshot.from,
      cancelled: snapshot.status === 'cancelled',
      seats: snapshot.registrations
        .filter((registration) => registration.status === 'confirmed')
        .map((registration) => ({ clusterId: registration.clusterId, attended: registration.attended === true })),
    };
  }
  if (type.startsWith(EVENT_PREFIX.consortium)) {
    const { consortium } = event.data as { consortium: ConsortiumSnapshotV1 };
    return consortiumFact(consortium);
  }
  if (type.startsWith(EVENT_PREFIX.application)) {
    const { application } = event.data as { application: ApplicationSnapshotV1 };
    return {
      kind: 'programme-application',
      id: application.applicationId,
      clusterId: application.clusterId,
      programmeTitle: application.programmeTitle,
      ...(application.forwardedAt ? { forwardedAt: application.forwardedAt } : {}),
      ...(application.outcome ? { outcome: application.outcome } : {}),
    };
  }
  return null;
}

function consortiumFact(consortium: ConsortiumSnapshotV1): ConsortiumFact {
  const clusterOf = new Map(consortium.members.map((member) => [member.organisationId, member.clusterId]));
  const coordinatorClusterId = clusterOf.get(consortium.coordinatorOrganisationId) ?? 'unknown';
  const grantCentsByCluster: Record<string, number> = {};
  if (consortium.status === 'granted' && consortium.grant) {
    for (const share of consortium.grant.shares) {
      const clusterId = clusterOf.get(share.organisationId) ?? coordinatorClusterId;
      grantCentsByCluster[clusterId] = (grantCentsByCluster[clusterId] ?? 0) + Math.round(share.amountEur * 100);
    }
  }
  return {
    kind: 'consortium',
    id: consortium.consortiumId,
    coordinatorClusterId,
    ...(consortium.submittedAt ? { submittedAt: consortium.submittedAt } : {}),
    ...(consortium.reserveListedAt ? { reserveListedAt: consortium.reserveListedAt } : {}),
    ...(consortium.status === 'granted' && consortium.closedAt ? { grantedAt: consortium.closedAt } : {}),
    ...(consortium.status === 'rejected' && consortium.closedAt ? { rejectedAt: consortium.closedAt } : {}),
    grantCentsByCluster,
  };
}

/** The one delta the report reads: an organisation left (it stays a member of the years before). */
export function organisationLeftOf(event: ReportInput): { key: string; leftAt: string } | null {
  if (event.type !== 'org.icn.membership.organisation.left.v1') return null;
  const { organisationId, leftAt } = event.data as { organisationId: string; leftAt: string };
  return { key: factKey('organisation', organisationId), leftAt };
}

/** A fact's key in the read model: its kind and the entity's id (one aggregate, one fact). */
export function factKey(kind: ReportFact['kind'], id: string): string {
  return `${kind}:${id}`;
}
