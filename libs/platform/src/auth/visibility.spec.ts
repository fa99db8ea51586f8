import type { Principal } from './principal';
import { canReadApplication, canViewOpportunity, isOpportunityVisibleToCluster, opportunityVisibilityFilter, PUBLIC_READER, type OpportunityAudience } from './visibility';

const admin: Principal = { kind: 'user', subject: 'sec', role: 'network-admin' };
const integrator: Principal = { kind: 'integrator', subject: 'crm', role: 'integrator' };
const managerOf = (clusterId: string): Principal => ({ kind: 'user', subject: `m-${clusterId}`, role: 'cluster-manager', clusterId });
const memberOf = (clusterId: string): Principal => ({ kind: 'user', subject: `o-${clusterId}`, role: 'member', clusterId, organisationId: `org-${clusterId}` });

const network: OpportunityAudience = { visibility: 'network', originClusterId: 'b', targetClusterIds: [] };
const restricted: OpportunityAudience = { visibility: 'target-clusters', originClusterId: 'b', targetClusterIds: ['c'] };
const restrictedAsSet: OpportunityAudience = { ...restricted, targetClusterIds: new Set(['c']) };

/** The rule as a table: who sees B's network opportunity, and B's opportunity restricted to C. */
const EXPECTED: [string, Principal, boolean, boolean][] = [
  ['network admin', admin, true, true],
  ['integrator', integrator, true, true],
  ['manager of the origin cluster B', managerOf('b'), true, true],
  ['member of the origin cluster B', memberOf('b'), true, true],
  ['manager of the target cluster C', managerOf('c'), true, true],
  ['member of the target cluster C', memberOf('c'), true, true],
  ['manager of cluster A (neither)', managerOf('a'), true, false],
  ['member of cluster A (neither)', memberOf('a'), true, false],
];

/** Evaluates the filters this module builds (equality on a field or membership in an array, $or). */
function evaluate(filter: Record<string, unknown> | undefined, document: Record<string, unknown>): boolean {
  if (filter === undefined) return true;
  return Object.entries(filter).every(([field, expected]) => {
    if (field === '$or') return (expected as Record<string, unknown>[]).some((branch) => evaluate(branch, document));
    const actual = field.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], document);
    return Array.isArray(actual) ? actual.includes(expected) : actual === expected;
  });
}

describe('opportunity visibility', () => {
  it.each(EXPECTED)('%s: network=%s restricted=%s', (_label, principal, seesNetwork, seesRestricted) => {
    expect(canViewOpportunity(principal, network)).toBe(seesNetwork);
    expect(canViewOpportunity(principal, restricted)).toBe(seesRestricted);
    expect(canViewOpportunity(principal, restrictedAsSet)).toBe(seesRestricted);
  });

  it.each(EXPECTED)('the filter for %s selects what the predicate allows', (_label, principal, seesNetwork, seesRestricted) => {
    const asDocument = (audience: OpportunityAudience) => ({ ...audience, targetClusterIds: [...audience.targetClusterIds] });
    expect(evaluate(opportunityVisibilityFilter(principal), asDocument(network))).toBe(seesNetwork);
    expect(evaluate(opportunityVisibilityFilter(principal), asDocument(restricted))).toBe(seesRestricted);
    expect(evaluate(opportunityVisibilityFilter(principal, 'opportunity.'), { opportunity: asDocument(restricted) })).toBe(seesRestricted);
  });

  it('a cluster-scoped principal without a cluster sees only network opportunities', () => {
    const unscoped = { role: 'member' } as const;
    expect(canViewOpportunity(unscoped, network)).toBe(true);
    expect(canViewOpportunity(unscoped, restricted)).toBe(false);
    expect(opportunityVisibilityFilter(unscoped)).toEqual({ $or: [{ visibility: 'network' }] });
  });

  it('the anonymous public reader sees network opportunities only, by the same predicate and filter', () => {
    const asDocument = (audience: OpportunityAudience) => ({ ...audience, targetClusterIds: [...audience.targetClusterIds] });
    expect(canViewOpportunity(PUBLIC_READER, network)).toBe(true);
    expect(canViewOpportunity(PUBLIC_READER, restricted)).toBe(false);
    expect(evaluate(opportunityVisibilityFilter(PUBLIC_READER), asDocument(network))).toBe(true);
    expect(evaluate(opportunityVisibilityFilter(PUBLIC_READER), asDocument(restricted))).toBe(false);
    expect(opportunityVisibilityFilter(PUBLIC_READER)).toEqual({ $or: [{ visibility: 'network' }] });
  });

  it('isOpportunityVisibleToCluster: origin and targets of a restricted one, everyone for network', () => {
    expect(['a', 'b', 'c'].map((cluster) => isOpportunityVisibleToCluster(restricted, cluster))).toEqual([false, true, true]);
    expect(['a', 'b', 'c'].map((cluster) => isOpportunityVisibleToCluster(network, cluster))).toEqual([true, true, true]);
  });
});

describe('programme application readers', () => {
  const application = { organisationId: 'org-b', clusterId: 'b' };

  it('are its organisation’s members, its cluster’s managers and the network admin; nobody else, integrators included', () => {
    expect(canReadApplication(admin, application)).toBe(true);
    expect(canReadApplication(managerOf('b'), application)).toBe(true);
    expect(canReadApplication(memberOf('b'), application)).toBe(true);
    expect(canReadApplication(managerOf('a'), application)).toBe(false);
    expect(canReadApplication(memberOf('a'), application)).toBe(false);
    expect(canReadApplication(integrator, application)).toBe(false);
    // Another organisation of the same cluster, and the same organisation id under another cluster (it moved).
    expect(canReadApplication({ role: 'member', clusterId: 'b', organisationId: 'org-b2' }, application)).toBe(false);
    expect(canReadApplication({ role: 'member', clusterId: 'c', organisationId: 'org-b' }, application)).toBe(false);
  });
});
