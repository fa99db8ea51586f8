import type { CallWindowV1, OpportunitySnapshotV1, ProgrammeSnapshotV1 } from '@icn/contracts';

/**
 * The origin "cluster" of a programme seen as an opportunity: programmes belong to the network (the
 * secretariat registers them), not to a cluster. A subscription filtering on origin clusters does
 * not match them unless it lists this id.
 */
export const NETWORK_ORIGIN_CLUSTER_ID = 'icn-network';

/** The publisher's subject shown for a programme: the network's secretariat registered it. */
export const SECRETARIAT_PUBLISHER_SUBJECT = 'icn-network-secretariat';

/** Where a call window stands at an instant: `opensAt` inclusive, `closesAt` exclusive (as the network decides). */
export type CallWindowPhase = 'upcoming' | 'open' | 'closed';

export function callWindowPhase(window: CallWindowV1, now: Date): CallWindowPhase {
  const instant = now.getTime();
  if (instant < Date.parse(window.opensAt)) return 'upcoming';
  return instant < Date.parse(window.closesAt) ? 'open' : 'closed';
}

/**
 * A partner programme as the notification pipeline sees it: an opportunity of type
 * `partner-programme` whose id is the programme's, whose deadline is the call window's close and
 * whose sectors, target countries and helix types are its eligibility — so the subscription
 * matcher, reminders, the calendar and mail treat it as they treat any opportunity (ADR 23).
 * Visible to the whole network. Status: `closed` once the window has closed, else `published`.
 * Pure: the phase is judged at `now`.
 */
export function programmeAsOpportunity(programme: ProgrammeSnapshotV1, now: Date): OpportunitySnapshotV1 {
  const { eligibility, callWindow } = programme;
  return {
    opportunityId: programme.programmeId,
    type: 'partner-programme',
    title: titleOf(programme),
    description: programme.description ?? `${programme.partnerName}'s programme "${programme.title}", applied to through the network.`,
    originClusterId: NETWORK_ORIGIN_CLUSTER_ID,
    publisher: { subject: SECRETARIAT_PUBLISHER_SUBJECT },
    sectors: [...eligibility.sectors],
    technologies: [],
    targetCountries: [...eligibility.countries],
    targetClusterIds: [],
    targetHelixTypes: [...eligibility.helixTypes],
    deadline: callWindow.closesAt,
    links: [],
    visibility: 'network',
    status: callWindowPhase(callWindow, now) === 'closed' ? 'closed' : 'published',
    version: programme.version,
    createdAt: programme.registeredAt,
    // Open to applications from the later of its registration and its window's opening.
    publishedAt: Date.parse(callWindow.opensAt) > Date.parse(programme.registeredAt) ? callWindow.opensAt : programme.registeredAt,
    updatedAt: programme.updatedAt,
  };
}

/** An opportunity's title has at least 3 characters, a programme's 2: a 2-letter title gets its partner's name. */
function titleOf(programme: ProgrammeSnapshotV1): string {
  if (programme.title.length >= 3) return programme.title;
  return `${programme.title} (${programme.partnerName})`.slice(0, 200);
}
