import { ForbiddenException } from '@nestjs/common';
import { Principal } from './principal';
import {
  assertClusterScope,
  assertOrganisationScope,
  canManageCluster,
  canManageOrganisation,
  canReadCluster,
  canReadOrganisation,
  isNetworkAdmin,
} from './scope';

const admin: Principal = { kind: 'user', subject: 'sec', role: 'network-admin' };
const manager: Principal = { kind: 'user', subject: 'alice', role: 'cluster-manager', clusterId: 'clean' };
const member: Principal = { kind: 'user', subject: 'bob', role: 'member', clusterId: 'clean', organisationId: 'org-1' };
const integrator: Principal = { kind: 'integrator', subject: 'crm', role: 'integrator' };

const ownOrg = { clusterId: 'clean', organisationId: 'org-1' };
const siblingOrg = { clusterId: 'clean', organisationId: 'org-2' };
const foreignOrg = { clusterId: 'tweed', organisationId: 'org-3' };
// Same organisation id under another cluster: a member's org id alone must not grant access.
const movedOrg = { clusterId: 'tweed', organisationId: 'org-1' };

describe('cluster scope', () => {
  it.each([
    [admin, 'clean', true, true],
    [admin, 'tweed', true, true],
    [manager, 'clean', true, true],
    [manager, 'tweed', false, false],
    [member, 'clean', true, false],
    [member, 'tweed', false, false],
    [integrator, 'tweed', true, false],
  ])('%j on %s: read=%s manage=%s', (principal, clusterId, read, manage) => {
    expect(canReadCluster(principal, clusterId)).toBe(read);
    expect(canManageCluster(principal, clusterId)).toBe(manage);
  });

  it('assertClusterScope defaults to manage and throws 403', () => {
    expect(() => assertClusterScope(member, 'clean')).toThrow(ForbiddenException);
    expect(() => assertClusterScope(member, 'clean', 'read')).not.toThrow();
    expect(() => assertClusterScope(manager, 'clean')).not.toThrow();
    expect(() => assertClusterScope(manager, 'tweed', 'read')).toThrow(ForbiddenException);
  });
});

describe('organisation scope', () => {
  it.each([
    [admin, foreignOrg, true, true],
    [manager, ownOrg, true, true],
    [manager, siblingOrg, true, true],
    [manager, foreignOrg, false, false],
    [member, ownOrg, true, true],
    [member, siblingOrg, true, false],
    [member, foreignOrg, false, false],
    [member, movedOrg, false, false],
    [integrator, foreignOrg, true, false],
  ])('%j on %j: read=%s manage=%s', (principal, organisation, read, manage) => {
    expect(canReadOrganisation(principal, organisation)).toBe(read);
    expect(canManageOrganisation(principal, organisation)).toBe(manage);
  });

  it('assertOrganisationScope defaults to manage and throws 403', () => {
    expect(() => assertOrganisationScope(member, siblingOrg)).toThrow(ForbiddenException);
    expect(() => assertOrganisationScope(member, siblingOrg, 'read')).not.toThrow();
    expect(() => assertOrganisationScope(integrator, ownOrg)).toThrow(ForbiddenException);
  });

  it('isNetworkAdmin', () => {
    expect(isNetworkAdmin(admin)).toBe(true);
    expect(isNetworkAdmin(manager)).toBe(false);
  });
});
