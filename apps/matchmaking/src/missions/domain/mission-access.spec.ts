import { DomainAccessDeniedError, type Principal } from '@icn/platform';
import { anOpenMissionWithApplications } from '../testing/mission.fixtures';
import { assertApplicantSide, assertHostSide, assertOrganiserSide, readableApplications } from './mission-access';

describe('Mission access', () => {
  const { mission } = anOpenMissionWithApplications(2, { organiserClusterId: 'clean', hostClusterId: 'nyc-cleantech' });
  const [first, second] = mission.applications as [(typeof mission.applications)[0], (typeof mission.applications)[0]];
  const organiserManager: Principal = { kind: 'user', subject: 'o', role: 'cluster-manager', clusterId: 'clean' };
  const hostManager: Principal = { kind: 'user', subject: 'h', role: 'cluster-manager', clusterId: 'nyc-cleantech' };
  const strangerManager: Principal = { kind: 'user', subject: 's', role: 'cluster-manager', clusterId: 'tweed' };
  const firstMember: Principal = { kind: 'user', subject: 'm', role: 'member', clusterId: 'clean', organisationId: first.organisationId };
  const admin: Principal = { kind: 'user', subject: 'a', role: 'network-admin' };
  const integrator: Principal = { kind: 'integrator', subject: 'crm', role: 'integrator' };

  it('lets only the organiser side run the call and the selection', () => {
    expect(() => assertOrganiserSide(organiserManager, mission)).not.toThrow();
    expect(() => assertOrganiserSide(admin, mission)).not.toThrow();
    for (const principal of [hostManager, strangerManager, firstMember, integrator]) {
      expect(() => assertOrganiserSide(principal, mission)).toThrow(DomainAccessDeniedError);
    }
  });

  it('lets only the host side list local project owners', () => {
    expect(() => assertHostSide(hostManager, mission)).not.toThrow();
    expect(() => assertHostSide(admin, mission)).not.toThrow();
    for (const principal of [organiserManager, strangerManager, firstMember]) {
      expect(() => assertHostSide(principal, mission)).toThrow(DomainAccessDeniedError);
    }
  });

  it('lets an application be withdrawn only from its own side', () => {
    expect(() => assertApplicantSide(firstMember, first)).not.toThrow();
    expect(() => assertApplicantSide(organiserManager, first)).not.toThrow();
    expect(() => assertApplicantSide(firstMember, second)).toThrow(DomainAccessDeniedError);
    expect(() => assertApplicantSide(hostManager, first)).toThrow(DomainAccessDeniedError);
  });

  it('shows applications to the organiser side and integrators, and each member only its own', () => {
    expect(readableApplications(organiserManager, mission)).toHaveLength(2);
    expect(readableApplications(integrator, mission)).toHaveLength(2);
    expect(readableApplications(firstMember, mission)).toEqual([first]);
    expect(readableApplications(hostManager, mission)).toEqual([]);
  });
});
