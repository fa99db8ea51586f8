import { introductionListFilter } from './introduction-list-filter';

describe('introduction list filter', () => {
  it('always includes the caller’s scope, ANDed with the filters and the cursor', () => {
    const after = { key: '2026-11-28T12:00:00.000Z', id: 'b' };
    expect(introductionListFilter({ kind: 'cluster', clusterId: 'clean' }, { status: 'pending', organisationId: 'org-1' }, after)).toEqual({
      $and: [
        { $or: [{ requesterClusterId: 'clean' }, { targetClusterId: 'clean' }] },
        { $or: [{ requesterOrganisationId: 'org-1' }, { targetOrganisationId: 'org-1' }] },
        { status: 'pending' },
        { $or: [{ requestedAt: { $lt: after.key } }, { requestedAt: after.key, _id: { $gt: 'b' } }] },
      ],
    });
  });

  it('scopes a member to its own organisation on either side, in its own cluster', () => {
    expect(introductionListFilter({ kind: 'organisation', organisationId: 'org-1', clusterId: 'clean' }, {}, undefined)).toEqual({
      $or: [
        { requesterOrganisationId: 'org-1', requesterClusterId: 'clean' },
        { targetOrganisationId: 'org-1', targetClusterId: 'clean' },
      ],
    });
    expect(introductionListFilter({ kind: 'all' }, {}, undefined)).toEqual({});
  });
});
