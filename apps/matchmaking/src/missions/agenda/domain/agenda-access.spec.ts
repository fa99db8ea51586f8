import { DomainAccessDeniedError, type Principal } from '@icn/platform';
import { ACME, CITY, DELTA, MEMBER_OWNER, aMission } from '../testing/mission-agenda.fixtures';
import { canReadAgenda, canReadMeeting, cancellingParty, sidesOf } from './agenda-access';

const principal = (role: Principal['role'], clusterId?: string, organisationId?: string): Principal => ({ kind: 'user', subject: 's', role, clusterId, organisationId });
const mission = aMission();
const meeting = { delegate: ACME, owner: CITY };

describe('who may do what on the B2B agenda', () => {
  it('gives the delegate side to the delegate’s member and cluster manager, the owner side to the host manager', () => {
    expect(sidesOf(principal('member', 'clean', ACME.organisationId), mission, meeting)).toEqual(['delegate']);
    expect(sidesOf(principal('cluster-manager', 'clean'), mission, meeting)).toEqual(['delegate']);
    expect(sidesOf(principal('cluster-manager', 'ny-cleantech'), mission, meeting)).toEqual(['owner']);
    expect(sidesOf(principal('network-admin'), mission, meeting)).toEqual(['delegate', 'owner']);
    expect(sidesOf(principal('member', 'clean-tech-delta', DELTA.organisationId), mission, meeting)).toEqual([]);
    // An owner that is an ICN member acts for itself.
    expect(sidesOf(principal('member', 'ny', MEMBER_OWNER.organisationId), mission, { delegate: ACME, owner: MEMBER_OWNER })).toEqual(['owner']);
  });

  it('lets the mission’s people read the agenda, not strangers or integrators; meetings only their sides and the organiser', () => {
    expect(canReadAgenda(principal('member', 'clean-tech-delta', DELTA.organisationId), mission)).toBe(true);
    expect(canReadAgenda(principal('member', 'tweed', '00000000-0000-4000-8000-000000000009'), mission)).toBe(false);
    expect(canReadAgenda(principal('integrator'), mission)).toBe(false);
    expect(canReadMeeting(principal('member', 'clean-tech-delta', DELTA.organisationId), mission, meeting)).toBe(false);
    expect(canReadMeeting(principal('cluster-manager', 'clean'), mission, { delegate: DELTA, owner: CITY })).toBe(true);
  });

  it('names the cancelling party, the organiser first, and refuses anyone else', () => {
    expect(cancellingParty(principal('network-admin'), mission, meeting)).toBe('organiser');
    expect(cancellingParty(principal('cluster-manager', 'ny-cleantech'), mission, meeting)).toBe('owner');
    expect(cancellingParty(principal('member', 'clean', ACME.organisationId), mission, meeting)).toBe('delegate');
    expect(() => cancellingParty(principal('member', 'clean-tech-delta', DELTA.organisationId), mission, meeting)).toThrow(DomainAccessDeniedError);
  });
});
