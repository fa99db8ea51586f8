import { DomainAccessDeniedError, type Principal } from '@icn/platform';
import { aSubmittedApplication } from '../testing/passport-application.fixtures';
import { assertHostSide, canReadApplication, cancellingParty, listScope } from './passport-access';

describe('Passport access', () => {
  const application = aSubmittedApplication({ homeClusterId: 'clean', hostClusterId: 'tweed' });
  const member: Principal = { kind: 'user', subject: 'm', role: 'member', clusterId: 'clean', organisationId: application.organisationId };
  const otherMember: Principal = { ...member, organisationId: '00000000-0000-4000-8000-00000000dead' };
  const homeManager: Principal = { kind: 'user', subject: 'h', role: 'cluster-manager', clusterId: 'clean' };
  const hostManager: Principal = { kind: 'user', subject: 't', role: 'cluster-manager', clusterId: 'tweed' };
  const strangerManager: Principal = { kind: 'user', subject: 's', role: 'cluster-manager', clusterId: 'nordic-edge' };
  const admin: Principal = { kind: 'user', subject: 'a', role: 'network-admin' };

  it('lets only the host side (or the secretariat) decide', () => {
    expect(() => assertHostSide(hostManager, application)).not.toThrow();
    expect(() => assertHostSide(admin, application)).not.toThrow();
    for (const principal of [member, homeManager, strangerManager]) {
      expect(() => assertHostSide(principal, application)).toThrow(DomainAccessDeniedError);
    }
  });

  it('tells which party cancels, and refuses outsiders', () => {
    expect(cancellingParty(member, application)).toBe('applicant');
    expect(cancellingParty(homeManager, application)).toBe('applicant');
    expect(cancellingParty(hostManager, application)).toBe('host');
    // The secretariat acts for the network, not for the host it could also manage.
    expect(cancellingParty(admin, application)).toBe('network');
    expect(() => cancellingParty(otherMember, application)).toThrow(DomainAccessDeniedError);
    expect(() => cancellingParty(strangerManager, application)).toThrow(DomainAccessDeniedError);
  });

  it('lists what each role may read: everything, its cluster’s visits both ways, or its own', () => {
    expect(listScope(admin)).toEqual({ kind: 'all' });
    expect(listScope({ kind: 'integrator', subject: 'crm', role: 'integrator' })).toEqual({ kind: 'all' });
    expect(listScope(hostManager)).toEqual({ kind: 'cluster', clusterId: 'tweed' });
    expect(listScope(member)).toEqual({ kind: 'organisation', organisationId: application.organisationId });
    expect(() => listScope({ kind: 'user', subject: 'x', role: 'member', clusterId: 'clean' })).toThrow(DomainAccessDeniedError);
  });

  it('hides an application from other clusters and other members', () => {
    expect(canReadApplication(member, application)).toBe(true);
    expect(canReadApplication(hostManager, application)).toBe(true);
    expect(canReadApplication(otherMember, application)).toBe(false);
    expect(canReadApplication(strangerManager, application)).toBe(false);
  });
});
