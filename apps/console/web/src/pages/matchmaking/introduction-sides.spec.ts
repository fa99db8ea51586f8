import { describe, expect, it } from '@jest/globals';
import type { ConsoleUser } from '../../app/session';
import { inBox, type Introduction, sidesOf } from './introduction-sides';

const introduction: Introduction = {
  introductionId: '00000000-0000-4000-8000-0000000000aa',
  requesterOrganisationId: 'org-a',
  requesterOrganisationName: 'A',
  requesterClusterId: 'clean',
  targetOrganisationId: 'org-b',
  targetOrganisationName: 'B',
  targetClusterId: 'tweed',
  purpose: 'partnership',
  message: 'Hello',
  status: 'pending',
  requestedBy: 'someone',
  version: 1,
  requestedAt: '2026-12-05T10:00:00.000Z',
  updatedAt: '2026-12-05T10:00:00.000Z',
};
const user = (role: ConsoleUser['role'], clusterId?: string, organisationId?: string): ConsoleUser => ({
  subject: 's',
  name: 'n',
  role,
  ...(clusterId !== undefined && { clusterId }),
  ...(organisationId !== undefined && { organisationId }),
});

describe('introduction sides', () => {
  it('lets the requester’s side withdraw and the target’s side answer', () => {
    expect(sidesOf(user('member', 'clean', 'org-a'), introduction)).toEqual({ requester: true, target: false });
    expect(sidesOf(user('member', 'tweed', 'org-b'), introduction)).toEqual({ requester: false, target: true });
    expect(sidesOf(user('cluster-manager', 'tweed'), introduction)).toEqual({ requester: false, target: true });
    expect(sidesOf(user('network-admin'), introduction)).toEqual({ requester: true, target: true });
  });

  it('files an introduction under received or sent, seen from the chosen organisation or the manager’s cluster', () => {
    expect(inBox('received', introduction, user('network-admin'), 'org-b')).toBe(true);
    expect(inBox('sent', introduction, user('network-admin'), 'org-b')).toBe(false);
    expect(inBox('sent', introduction, user('cluster-manager', 'clean'), '')).toBe(true);
    expect(inBox('received', introduction, user('cluster-manager', 'clean'), '')).toBe(false);
  });
});
