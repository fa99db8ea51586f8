import { decodeIntroductionCursor, encodeIntroductionCursor } from './introduction-list-cursor';
import { introductionListFilter } from './introduction-list-filter';

describe('introduction list filter', () => {
  it('always includes the caller’s scope, ANDed with the filters and the cursor', () => {
    const after = { requestedAt: '2026-11-28T12:00:00.000Z', introductionId: 'b' };
    expect(introductionListFilter({ kind: 'cluster', clusterId: 'clean' }, { status: 'pending', organisationId: 'org-1' }, after)).toEqual({
      $and: [
        { $or: [{ requesterClusterId: 'clean' }, { targetClusterId: 'clean' }] },
        { $or: [{ requesterOrganisationId: 'org-1' }, { targetOrganisationId: 'org-1' }] },
        { status: 'pending' },
        { $or: [{ requestedAt: { $lt: after.requestedAt } }, { requestedAt: after.requestedAt, _id: { $lt: 'b' } }] },
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

  it('round-trips cursors and rejects forged ones', () => {
    const position = { requestedAt: '2026-11-28T12:00:00.000Z', introductionId: '5b0c' };
    expect(decodeIntroductionCursor(encodeIntroductionCursor(position))).toEqual(position);
    expect(decodeIntroductionCursor('not-a-cursor')).toBeUndefined();
    expect(decodeIntroductionCursor(Buffer.from('[1,2]').toString('base64url'))).toBeUndefined();
  });
});
