import type { Principal } from '@icn/platform';
import { aConsortium, aProfile, NOW } from '../../consortia/testing/consortium.fixtures';
import { inviteOrganisation } from '../../consortia/domain/consortium-formation';
import { canSeePartnerSearches } from './partner-search-access';

const lead = aProfile({ clusterId: 'clean' });
const invitee = aProfile({ clusterId: 'tweed' });
const consortium = inviteOrganisation(aConsortium(lead), { invitationId: 'inv-1', invitee, role: 'partner', invitedBy: 'lead', expiryDays: 14 }, NOW).state;
const member = (organisationId: string, clusterId: string): Principal => ({ kind: 'user', subject: 's', role: 'member', organisationId, clusterId });

describe('who sees partner searches', () => {
  it('members, their cluster managers and the secretariat; not invitees', () => {
    expect(canSeePartnerSearches(member(lead.organisationId, 'clean'), consortium)).toBe(true);
    expect(canSeePartnerSearches({ kind: 'user', subject: 'm', role: 'cluster-manager', clusterId: 'clean' }, consortium)).toBe(true);
    expect(canSeePartnerSearches({ kind: 'user', subject: 'a', role: 'network-admin' }, consortium)).toBe(true);
    expect(canSeePartnerSearches(member(invitee.organisationId, 'tweed'), consortium)).toBe(false);
    expect(canSeePartnerSearches({ kind: 'user', subject: 'm', role: 'cluster-manager', clusterId: 'tweed' }, consortium)).toBe(false);
  });
});
