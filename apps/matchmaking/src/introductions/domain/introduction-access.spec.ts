import { DomainAccessDeniedError, type Principal } from '@icn/platform';
import { aPendingIntroduction } from '../testing/introduction.fixtures';
import { assertEitherSide, assertRequesterSide, assertTargetSide, canReadIntroduction, isRequesterSide, isTargetSide, listScope } from './introduction-access';

const introduction = aPendingIntroduction();
const principal = (overrides: Partial<Principal>): Principal => ({ kind: 'user', subject: 'someone', role: 'member', ...overrides });

const requesterMember = principal({ role: 'member', clusterId: 'clean', organisationId: introduction.requesterOrganisationId });
const targetMember = principal({ role: 'member', clusterId: 'tweed', organisationId: introduction.targetOrganisationId });
const requesterManager = principal({ role: 'cluster-manager', clusterId: 'clean' });
const targetManager = principal({ role: 'cluster-manager', clusterId: 'tweed' });
const otherManager = principal({ role: 'cluster-manager', clusterId: 'nordic-edge' });
const otherMemberOfRequesterCluster = principal({ role: 'member', clusterId: 'clean', organisationId: '00000000-0000-4000-8000-00000000abcd' });
const admin = principal({ role: 'network-admin' });
const integrator = principal({ kind: 'integrator', role: 'integrator' });

describe('introduction access', () => {
  it('puts a member, its cluster manager and the network admin on each side', () => {
    expect([requesterMember, requesterManager, admin].map((p) => isRequesterSide(p, introduction))).toEqual([true, true, true]);
    expect([targetMember, targetManager, admin].map((p) => isTargetSide(p, introduction))).toEqual([true, true, true]);
    expect(isRequesterSide(targetMember, introduction)).toBe(false);
    expect(isTargetSide(requesterManager, introduction)).toBe(false);
  });

  it('lets only B’s side decide and only A’s side withdraw', () => {
    expect(() => assertTargetSide(targetMember, introduction)).not.toThrow();
    expect(() => assertTargetSide(requesterMember, introduction)).toThrow(DomainAccessDeniedError);
    expect(() => assertRequesterSide(requesterManager, introduction)).not.toThrow();
    expect(() => assertRequesterSide(targetManager, introduction)).toThrow(DomainAccessDeniedError);
  });

  it('hides an introduction from everyone not on either side, integrators included', () => {
    for (const reader of [requesterMember, targetMember, requesterManager, targetManager, admin]) expect(canReadIntroduction(reader, introduction)).toBe(true);
    for (const stranger of [otherManager, otherMemberOfRequesterCluster, integrator]) {
      expect(canReadIntroduction(stranger, introduction)).toBe(false);
      expect(() => assertEitherSide(stranger, introduction)).toThrow(DomainAccessDeniedError);
    }
  });

  it('turns the caller into a list scope', () => {
    expect(listScope(admin)).toEqual({ kind: 'all' });
    expect(listScope(targetManager)).toEqual({ kind: 'cluster', clusterId: 'tweed' });
    expect(listScope(requesterMember)).toEqual({ kind: 'organisation', organisationId: introduction.requesterOrganisationId, clusterId: 'clean' });
    expect(() => listScope(integrator)).toThrow(DomainAccessDeniedError);
  });
});
