import type { OpportunityVisibility } from '@icn/contracts';
import type { Principal } from './principal';

/**
 * THE visibility rules of the network, one definition for every service (opportunities' own reads,
 * its notifications, reminders and recommendations; matchmaking's rankings and suggestions;
 * consortia's funding calls). Pure, so each rule is unit-tested once here.
 *
 * Opportunities (published or ended; drafts never leave the opportunities service, which adds
 * its own draft rule in front of this one):
 * - `network`: every participant;
 * - `target-clusters`: the origin cluster and the target clusters only — the people of those
 *   clusters and their organisations;
 * - the network admin (secretariat) and integrators (read-only network feeds) see every one;
 * - an anonymous reader (`PUBLIC_READER`: the public Atom feed, a partner platform) belongs to no
 *   cluster and holds no role, so it sees exactly what every participant sees: `network` ones.
 *
 * Organisations: the directory profile (name, cluster, country, helix type, sectors, technologies,
 * offers, needs, status) is network-wide — finding partners across clusters is the point of the
 * network — so every authenticated principal may see it and ask for rankings about it. Personal
 * data (the contacts) is shown only to those who may read the organisation's cluster
 * (`canReadOrganisation`: its own cluster's people, the network admin, integrators).
 *
 * Partner-programme applications (the network service): an application is its organisation's
 * business, its cluster's (whose manager endorses it) and the secretariat's — so the organisation's
 * members, its cluster's managers and the network admin; integrators follow them through the events.
 * Whoever else asks learns nothing of it, not even by its absence from a ranking (`canReadApplication`).
 */

/** What the visibility of an opportunity depends on (a snapshot, a document or a matching profile). */
export interface OpportunityAudience {
  readonly visibility: OpportunityVisibility;
  readonly originClusterId: string;
  readonly targetClusterIds: readonly string[] | ReadonlySet<string>;
}

/**
 * Someone with no identity at all (the public Atom feed's reader). Not a Principal: nothing may
 * authorise it to act, it only reads through the same rule as everyone else.
 */
export interface AnonymousReader {
  readonly role: 'anonymous';
  readonly clusterId?: undefined;
}

export const PUBLIC_READER: AnonymousReader = { role: 'anonymous' };

/** Whoever reads opportunities: a principal, or the anonymous public. */
export type OpportunityReader = Pick<Principal, 'role' | 'clusterId'> | AnonymousReader;

/** May the people and organisations of this cluster see the opportunity? */
export function isOpportunityVisibleToCluster(opportunity: OpportunityAudience, clusterId: string): boolean {
  if (opportunity.visibility === 'network' || opportunity.originClusterId === clusterId) return true;
  const targets = opportunity.targetClusterIds;
  return 'includes' in targets ? targets.includes(clusterId) : targets.has(clusterId);
}

/** Does this principal see every published opportunity, whatever its audience? */
export function seesEveryOpportunity(principal: Pick<OpportunityReader, 'role'>): boolean {
  return principal.role === 'network-admin' || principal.role === 'integrator';
}

/** May this principal see the (published or ended) opportunity? */
export function canViewOpportunity(principal: OpportunityReader, opportunity: OpportunityAudience): boolean {
  if (seesEveryOpportunity(principal) || opportunity.visibility === 'network') return true;
  return principal.clusterId !== undefined && isOpportunityVisibleToCluster(opportunity, principal.clusterId);
}

/**
 * `canViewOpportunity` as a MongoDB filter over documents holding the audience fields under
 * `prefix` (e.g. `opportunity.` for a read model storing the snapshot); undefined means no
 * restriction. The unit test checks it against the predicate for every principal and audience.
 */
export function opportunityVisibilityFilter(
  principal: OpportunityReader,
  prefix = '',
): Record<string, unknown> | undefined {
  if (seesEveryOpportunity(principal)) return undefined;
  const visible: Record<string, unknown>[] = [{ [`${prefix}visibility`]: 'network' }];
  if (principal.clusterId !== undefined) {
    visible.push({ [`${prefix}originClusterId`]: principal.clusterId }, { [`${prefix}targetClusterIds`]: principal.clusterId });
  }
  return { $or: visible };
}


/** What the readers of a programme application depend on: the applicant and its cluster when it applied. */
export interface ApplicationAudience {
  readonly organisationId: string;
  readonly clusterId: string;
}

/** May this principal know of the application (network's API, and anything derived from applications)? */
export function canReadApplication(principal: Pick<Principal, 'role' | 'clusterId' | 'organisationId'>, application: ApplicationAudience): boolean {
  if (principal.role === 'network-admin') return true;
  if (principal.role === 'cluster-manager') return principal.clusterId === application.clusterId;
  return principal.role === 'member' && principal.organisationId === application.organisationId && principal.clusterId === application.clusterId;
}
