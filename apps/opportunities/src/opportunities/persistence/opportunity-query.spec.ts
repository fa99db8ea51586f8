import type { Principal } from '@icn/platform';
import { buildListQuery, visibilityCondition } from './opportunity-query';

const admin: Principal = { kind: 'user', subject: 'sec', role: 'network-admin' };
const manager: Principal = { kind: 'user', subject: 'alice', role: 'cluster-manager', clusterId: 'clean' };
const member: Principal = { kind: 'user', subject: 'bob', role: 'member', clusterId: 'clean', organisationId: 'org-1' };
const integrator: Principal = { kind: 'integrator', subject: 'crm', role: 'integrator' };

describe('list query', () => {
  it('is empty for the admin without filters', () => {
    expect(buildListQuery(admin, {})).toEqual({});
  });

  it('combines every filter with AND', () => {
    const query = buildListQuery(admin, {
      type: 'tender',
      sector: 'water',
      technology: 'heat-pumps',
      country: 'DE',
      originClusterId: 'clean',
      state: 'closed',
      deadlineFrom: '2026-01-01T00:00:00.000Z',
      deadlineTo: '2026-12-31T00:00:00.000Z',
      terms: ['heat', 'pump'],
    });
    expect(query).toEqual({
      $and: [
        { type: 'tender' },
        { sectors: 'water' },
        { technologies: 'heat-pumps' },
        { targetCountries: 'DE' },
        { originClusterId: 'clean' },
        { status: { $in: ['closed', 'cancelled', 'expired'] } },
        { deadline: { $gte: '2026-01-01T00:00:00.000Z', $lte: '2026-12-31T00:00:00.000Z' } },
        { searchTerms: { $all: ['heat', 'pump'] } },
      ],
    });
  });

  it('maps state=open to published and passes an exact status through', () => {
    expect(buildListQuery(admin, { state: 'open' })).toEqual({ status: 'published' });
    expect(buildListQuery(admin, { status: 'draft' })).toEqual({ status: 'draft' });
  });

  it('continues after the cursor position, newest first', () => {
    expect(buildListQuery(admin, {}, { createdAt: '2026-01-01T00:00:00.000Z', id: 'b' })).toEqual({
      $or: [{ createdAt: { $lt: '2026-01-01T00:00:00.000Z' } }, { createdAt: '2026-01-01T00:00:00.000Z', _id: { $lt: 'b' } }],
    });
  });

  it('shows drafts only to their cluster managers and publisher, never to integrators', () => {
    expect(visibilityCondition(admin)).toBeUndefined();
    expect(visibilityCondition(integrator)).toEqual({ status: { $ne: 'draft' } });
    expect(visibilityCondition(manager)?.['$or']).toContainEqual({ status: 'draft', originClusterId: 'clean' });
    const memberRules = visibilityCondition(member)?.['$or'] as Record<string, unknown>[];
    expect(memberRules).not.toContainEqual({ status: 'draft', originClusterId: 'clean' });
    expect(memberRules).toContainEqual({ status: 'draft', originClusterId: 'clean', 'publisher.subject': 'bob' });
    expect(memberRules).toContainEqual({
      status: { $ne: 'draft' },
      $or: [{ visibility: 'network' }, { originClusterId: 'clean' }, { targetClusterIds: 'clean' }],
    });
  });
});
