import { DomainAccessDeniedError, type Principal } from '@icn/platform';
import { assertCoordinatorOrMember, assertCoordinatorSide, audienceOf, canRead, isCoordinatorSide, listScope } from './consortium-access';
import { inviteOrganisation } from './consortium-formation';
import { aConsortium, aProfile, NOW, withPartners } from '../testing/consortium.fixtures';

const lead = aProfile({ clusterId: 'clean' });
const partner = aProfile({ clusterId: 'tweed', country: 'BE' });
const invitee = aProfile({ clusterId: 'nordic-edge', country: 'NO' });
const state = inviteOrganisation(withPartners(aConsortium(lead), [partner]), { invitationId: 'i', invitee, role: 'partner', invitedBy: 'l', expiryDays: 14 }, NOW).state;

const member = (organisation: { organisationId: string; clusterId: string }): Principal => ({ kind: 'user', subject: 'm', role: 'member', ...organisation });
const manager = (clusterId: string): Principal => ({ kind: 'user', subject: 'c', role: 'cluster-manager', clusterId });
const admin: Principal = { kind: 'user', subject: 'sec', role: 'network-admin' };

describe('consortium access', () => {
  it('shows a consortium to members, pending invitees, their cluster managers and the secretariat only', () => {
    expect(canRead(member(lead), state)).toBe(true);
    expect(canRead(member(partner), state)).toBe(true);
    expect(canRead(member(invitee), state)).toBe(true);
    expect(canRead(manager('tweed'), state)).toBe(true);
    expect(canRead(manager('nordic-edge'), state)).toBe(true);
    expect(canRead(admin, state)).toBe(true);
    expect(canRead(member(aProfile({ clusterId: 'clean' })), state)).toBe(false);
    expect(canRead(manager('sbh'), state)).toBe(false);
    expect(() => listScope({ kind: 'integrator', subject: 'crm', role: 'integrator' })).toThrow(DomainAccessDeniedError);
  });

  it('keeps the stored audience in line with canRead', () => {
    expect(audienceOf(state)).toEqual(
      [`org:${lead.organisationId}`, `org:${partner.organisationId}`, `org:${invitee.organisationId}`, 'cluster:clean', 'cluster:tweed', 'cluster:nordic-edge'].sort(),
    );
  });

  it('lets only the coordinator side coordinate; a member acts for itself', () => {
    expect(isCoordinatorSide(member(lead), state)).toBe(true);
    expect(isCoordinatorSide(manager('clean'), state)).toBe(true);
    expect(isCoordinatorSide(admin, state)).toBe(true);
    expect(() => assertCoordinatorSide(member(partner), state)).toThrow(DomainAccessDeniedError);
    expect(() => assertCoordinatorSide(manager('tweed'), state)).toThrow(DomainAccessDeniedError);
    expect(() => assertCoordinatorOrMember(member(partner), state, partner.organisationId)).not.toThrow();
    expect(() => assertCoordinatorOrMember(member(partner), state, lead.organisationId)).toThrow(DomainAccessDeniedError);
  });
});
