import { DomainConflictError, DomainNotFoundError } from '@icn/platform';
import { acceptInvitation, declineInvitation, effectiveStatus, inviteOrganisation, leaveConsortium, removeMember } from './consortium-formation';
import { startDrafting, submitConsortium } from './consortium-lifecycle';
import { setBudget, updateSection } from './consortium-workspace';
import { aConsortium, aProfile, fivePartnerConsortium, NOW, onlyEventOf, withPartners } from '../testing/consortium.fixtures';

const DAY_MS = 86_400_000;

describe('consortium formation', () => {
  const lead = aProfile({ name: 'Lead' });
  const invitee = aProfile({ name: 'TWEED SME', clusterId: 'tweed', country: 'BE' });
  const invite = (invitationId = 'inv-1') => inviteOrganisation(aConsortium(lead), { invitationId, invitee, role: 'partner', invitedBy: 'lead', expiryDays: 14 }, NOW);

  it('invites with an expiry, and the invitee joins with its role on acceptance', () => {
    const change = invite();
    const { state } = change;
    const event = onlyEventOf(change);
    expect(state.invitations).toEqual([
      expect.objectContaining({ invitationId: 'inv-1', organisationId: invitee.organisationId, status: 'pending', expiresAt: new Date(NOW.getTime() + 14 * DAY_MS).toISOString() }),
    ]);
    expect(event.definition.type).toBe('org.icn.consortia.consortium.invitation-sent.v1');

    const accepted = acceptInvitation(state, 'inv-1', { ...invitee, name: 'TWEED SME (renamed)' }, NOW).state;
    expect(accepted.members.map((member) => [member.organisationName, member.role])).toEqual([
      ['Lead', 'coordinator'],
      ['TWEED SME (renamed)', 'partner'],
    ]);
    expect(accepted.invitations[0]).toMatchObject({ status: 'accepted', respondedAt: NOW.toISOString() });
  });

  it('refuses a second open invitation and inviting a member', () => {
    const { state } = invite();
    expect(() => inviteOrganisation(state, { invitationId: 'inv-2', invitee, role: 'partner', invitedBy: 'lead', expiryDays: 14 }, NOW)).toThrow('already has an open invitation');
    expect(() => inviteOrganisation(state, { invitationId: 'inv-3', invitee: lead, role: 'partner', invitedBy: 'lead', expiryDays: 14 }, NOW)).toThrow('Lead is already a member');
  });

  it('expires invitations lazily: shown as expired, refused on acceptance, renewable', () => {
    const { state } = invite();
    const later = new Date(NOW.getTime() + 15 * DAY_MS);
    expect(effectiveStatus(state.invitations[0]!, NOW)).toBe('pending');
    expect(effectiveStatus(state.invitations[0]!, later)).toBe('expired');
    expect(() => acceptInvitation(state, 'inv-1', invitee, later)).toThrow(/invitation inv-1 expired on .*; ask the coordinator for a new one/);
    const renewed = inviteOrganisation(state, { invitationId: 'inv-2', invitee, role: 'subcontractor', invitedBy: 'lead', expiryDays: 14 }, later).state;
    expect(acceptInvitation(renewed, 'inv-2', invitee, later).state.members[1]).toMatchObject({ role: 'subcontractor' });
  });

  it('declines once; an unknown invitation is a 404', () => {
    const declined = declineInvitation(invite().state, 'inv-1', NOW).state;
    expect(declined.invitations[0]).toMatchObject({ status: 'declined' });
    expect(() => acceptInvitation(declined, 'inv-1', invitee, NOW)).toThrow('was already declined');
    expect(() => declineInvitation(declined, 'nope', NOW)).toThrow(DomainNotFoundError);
  });

  it('lets a member leave before submission; its sections go back to the coordinator and its budget lines go', () => {
    let state = withPartners(aConsortium(lead), [invitee]);
    state = updateSection(state, 'impact', { ownerOrganisationId: invitee.organisationId }, NOW).state;
    state = setBudget(state, invitee.organisationId, [{ category: 'personnel', amountEur: 1000 }], NOW).state;
    const change = leaveConsortium(state, invitee.organisationId, NOW);
    const { state: left } = change;
    const event = onlyEventOf(change);
    expect(left.members.map((member) => member.organisationId)).toEqual([lead.organisationId]);
    expect(left.sections.find((section) => section.key === 'impact')?.ownerOrganisationId).toBe(lead.organisationId);
    expect(left.budgetLines).toEqual([]);
    expect(event.definition.type).toBe('org.icn.consortia.consortium.member-left.v1');
  });

  it('never lets the coordinator leave or be removed', () => {
    const state = withPartners(aConsortium(lead), [invitee]);
    expect(() => leaveConsortium(state, lead.organisationId, NOW)).toThrow('withdraw the consortium instead');
    expect(() => removeMember(state, lead.organisationId, NOW)).toThrow('the coordinator cannot be removed');
  });

  it('removes members before submission only', () => {
    const { state, profiles } = fivePartnerConsortium();
    const partner = profiles[1]!;
    expect(removeMember(state, partner.organisationId, NOW).state.members).toHaveLength(4);
    const submitted = submitConsortium(
      startDrafting(state, NOW).state.sections.reduce((current, section) => updateSection(current, section.key, { status: 'done' }, NOW).state, startDrafting(state, NOW).state),
      NOW,
    ).state;
    expect(() => removeMember(submitted, partner.organisationId, NOW)).toThrow(DomainConflictError);
    expect(() => leaveConsortium(submitted, partner.organisationId, NOW)).toThrow('is submitted');
    expect(() => inviteOrganisation(submitted, { invitationId: 'x', invitee: aProfile(), role: 'partner', invitedBy: 'l', expiryDays: 1 }, NOW)).toThrow('cannot invite');
  });
});
