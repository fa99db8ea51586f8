import { DomainAccessDeniedError, DomainNotFoundError, type Principal } from '@icn/platform';
import type { OpportunityState } from './opportunity';
import { assertCanManage, canManage, canPublishFor, canSee } from './opportunity-access';

const admin: Principal = { kind: 'user', subject: 'sec', role: 'network-admin' };
const manager: Principal = { kind: 'user', subject: 'alice', role: 'cluster-manager', clusterId: 'clean' };
const publisher: Principal = { kind: 'user', subject: 'bob', role: 'member', clusterId: 'clean', organisationId: 'org-1' };
const colleague: Principal = { kind: 'user', subject: 'carl', role: 'member', clusterId: 'clean', organisationId: 'org-2' };
const foreignManager: Principal = { kind: 'user', subject: 'olaf', role: 'cluster-manager', clusterId: 'tweed' };
const targetMember: Principal = { kind: 'user', subject: 'tina', role: 'member', clusterId: 'nordic', organisationId: 'org-3' };
const integrator: Principal = { kind: 'integrator', subject: 'crm', role: 'integrator' };

function opportunity(overrides: Partial<OpportunityState>): OpportunityState {
  return {
    opportunityId: 'o1', type: 'tender', title: 'T', description: 'D', originClusterId: 'clean', publisher: { subject: 'bob', organisationId: 'org-1' },
    sectors: [], technologies: [], targetCountries: [], targetClusterIds: [], targetHelixTypes: [], deadline: '2030-01-01T00:00:00.000Z',
    links: [], visibility: 'network', status: 'draft', searchTerms: [], createdAt: '', updatedAt: '', version: 1, ...overrides,
  };
}

describe('opportunity access', () => {
  const draft = opportunity({});
  const targeted = opportunity({ status: 'published', visibility: 'target-clusters', targetClusterIds: ['nordic'] });

  it.each([
    [admin, true], [manager, true], [publisher, true], [colleague, false], [foreignManager, false], [integrator, false],
  ])('draft visible to %j: %s', (principal, visible) => {
    expect(canSee(principal, draft)).toBe(visible);
  });

  it.each([
    [admin, true], [manager, true], [colleague, true], [targetMember, true], [foreignManager, false], [integrator, true],
  ])('target-clusters opportunity visible to %j: %s', (principal, visible) => {
    expect(canSee(principal, targeted)).toBe(visible);
  });

  it('lets the admin, origin managers and the publisher manage, nobody else', () => {
    const open = opportunity({ status: 'published' });
    expect([admin, manager, publisher, colleague, foreignManager, integrator].map((principal) => canManage(principal, open))).toEqual([true, true, true, false, false, false]);
  });

  it('publishes for the own cluster only, the admin for any', () => {
    expect(canPublishFor(manager, 'clean')).toBe(true);
    expect(canPublishFor(manager, 'tweed')).toBe(false);
    expect(canPublishFor(publisher, 'clean')).toBe(true);
    expect(canPublishFor(admin, 'tweed')).toBe(true);
    expect(canPublishFor(integrator, 'clean')).toBe(false);
  });
});

describe('assertCanManage', () => {
  it('answers 404 for what the caller may not see and 403 for what it may only see', () => {
    expect(() => assertCanManage(foreignManager, opportunity({ status: 'draft' }))).toThrow(DomainNotFoundError);
    expect(() => assertCanManage(foreignManager, opportunity({ status: 'published' }))).toThrow(DomainAccessDeniedError);
    expect(() => assertCanManage(manager, opportunity({ status: 'published' }))).not.toThrow();
  });
});

