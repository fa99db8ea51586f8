import { applicationListFilter } from './application-list-filter';

describe('Passport application list query', () => {
  it('lets the secretariat see everything, unfiltered', () => {
    expect(applicationListFilter({ kind: 'all' }, {}, undefined)).toEqual({});
  });

  it('always keeps a cluster manager to visits to or from its cluster, whatever it filters on', () => {
    expect(applicationListFilter({ kind: 'cluster', clusterId: 'tweed' }, { hostClusterId: 'clean', status: 'accepted' }, undefined)).toEqual({
      $and: [{ $or: [{ hostClusterId: 'tweed' }, { homeClusterId: 'tweed' }] }, { hostClusterId: 'clean' }, { status: 'accepted' }],
    });
  });

  it('keeps a member to its own organisation and bounds a year as the statistics do', () => {
    expect(applicationListFilter({ kind: 'organisation', organisationId: 'o-1' }, { year: 2026 }, undefined)).toEqual({
      $and: [{ organisationId: 'o-1' }, { submittedAt: { $gte: '2026-01-01T00:00:00.000Z', $lt: '2027-01-01T00:00:00.000Z' } }],
    });
  });

  it('continues after the cursor in newest-first order, ties broken by id', () => {
    const after = { key: '2026-11-28T12:00:00.000Z', id: 'b' };
    expect(applicationListFilter({ kind: 'all' }, {}, after)).toEqual({
      $or: [{ submittedAt: { $lt: after.key } }, { submittedAt: after.key, _id: { $gt: 'b' } }],
    });
  });
});
