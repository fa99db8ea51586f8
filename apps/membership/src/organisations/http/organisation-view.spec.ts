import type { Principal } from '@icn/platform';
import type { OrganisationState } from '../domain/organisation';
import { organisationAsSeenBy } from './organisation-view';

const organisation = {
  organisationId: 'org-1',
  clusterId: 'clean',
  name: 'Nordic Heat Pumps',
  contacts: [{ contactId: 'c-1', name: 'Mette', email: 'mette@example.dk' }],
} as unknown as OrganisationState;

describe('organisationAsSeenBy', () => {
  it.each<[string, Principal, boolean]>([
    ['the network admin', { kind: 'user', subject: 'sec', role: 'network-admin' }, true],
    ['an integrator', { kind: 'integrator', subject: 'crm', role: 'integrator' }, true],
    ['its cluster manager', { kind: 'user', subject: 'm', role: 'cluster-manager', clusterId: 'clean' }, true],
    ['a member of its cluster', { kind: 'user', subject: 'b', role: 'member', clusterId: 'clean', organisationId: 'org-2' }, true],
    ['another cluster’s manager', { kind: 'user', subject: 'm', role: 'cluster-manager', clusterId: 'tweed' }, false],
    ['another cluster’s member', { kind: 'user', subject: 'b', role: 'member', clusterId: 'tweed', organisationId: 'org-3' }, false],
  ])('%s sees the profile; contacts: %s', (_label, principal, seesContacts) => {
    const view = organisationAsSeenBy(principal, organisation);
    expect(view).toMatchObject({ organisationId: 'org-1', name: 'Nordic Heat Pumps' });
    expect('contacts' in view).toBe(seesContacts);
  });
});
