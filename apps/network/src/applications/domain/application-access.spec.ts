import { DomainAccessDeniedError, type Principal } from '@icn/platform';
import { aProgramme, anApplicant, NOW } from '../testing/network.fixtures';
import type { ApplicationState } from './application';
import {
  applicantOrganisationOf,
  assertApplicantSide,
  assertEndorsingSide,
  assertReadable,
  assertSecretariat,
  canRead,
  listScope,
} from './application-access';
import { draftApplication } from './application-lifecycle';

const applicant = anApplicant({ clusterId: 'clean' });
const application: ApplicationState = draftApplication(
  { applicationId: '2f1c7a4e-8b0d-4c8e-9f6a-1d2e3f4a5b6c', programme: aProgramme(), applicant, answers: [], createdBy: 'member-1' },
  NOW,
).state;

const user = (role: Principal['role'], claims: Partial<Pick<Principal, 'clusterId' | 'organisationId'>> = {}): Principal => ({ kind: 'user', subject: `${role}-1`, role, ...claims });
const PRINCIPALS: Record<string, Principal> = {
  secretariat: user('network-admin'),
  'its cluster’s manager': user('cluster-manager', { clusterId: 'clean' }),
  'another cluster’s manager': user('cluster-manager', { clusterId: 'greencape' }),
  'its organisation’s member': user('member', { clusterId: 'clean', organisationId: applicant.organisationId }),
  'another organisation’s member of its cluster': user('member', { clusterId: 'clean', organisationId: '7d0e6c52-4a4b-4f7e-8f3a-2b1c0d9e8f7a' }),
  'its organisation’s id claimed from another cluster': user('member', { clusterId: 'greencape', organisationId: applicant.organisationId }),
  integrator: { kind: 'integrator', subject: 'analytics', role: 'integrator' },
};

// Who may do what with one application of cluster clean: [read, applicant's steps, endorsement, secretariat's steps].
const EXPECTED: Record<string, [boolean, boolean, boolean, boolean]> = {
  secretariat: [true, false, false, true],
  'its cluster’s manager': [true, false, true, false],
  'another cluster’s manager': [false, false, false, false],
  'its organisation’s member': [true, true, false, false],
  'another organisation’s member of its cluster': [false, false, false, false],
  'its organisation’s id claimed from another cluster': [false, false, false, false],
  integrator: [false, false, false, false],
};

function allowed(check: () => void): boolean {
  try {
    check();
    return true;
  } catch (error) {
    // Every refusal is the same 403, whose message does not say whose application it is.
    expect(error).toEqual(new DomainAccessDeniedError('You do not have access to this resource'));
    return false;
  }
}

describe('application access', () => {
  it.each(Object.keys(EXPECTED))('%s: reads, applies, endorses and forwards exactly as the table says (403 otherwise)', (name) => {
    const principal = PRINCIPALS[name] as Principal;
    const found = [
      allowed(() => assertReadable(principal, application)),
      allowed(() => assertApplicantSide(principal, application)),
      allowed(() => assertEndorsingSide(principal, application)),
      allowed(() => assertSecretariat(principal)),
    ];
    expect(found).toEqual(EXPECTED[name]);
    expect(canRead(principal, application)).toBe(EXPECTED[name]?.[0]);
  });

  it('lists every application for the secretariat, a cluster’s for its manager, an organisation’s for its member', () => {
    expect(listScope(user('network-admin'))).toEqual({ kind: 'all' });
    expect(listScope(user('cluster-manager', { clusterId: 'greencape' }))).toEqual({ kind: 'cluster', clusterId: 'greencape' });
    expect(listScope(user('member', { clusterId: 'clean', organisationId: applicant.organisationId }))).toEqual({ kind: 'organisation', organisationId: applicant.organisationId });
  });

  it.each([
    ['an integrator', PRINCIPALS['integrator'] as Principal],
    ['a manager without a cluster', user('cluster-manager')],
    ['a member without an organisation', user('member', { clusterId: 'clean' })],
  ])('lists nothing for %s (403)', (_name, principal) => {
    expect(() => listScope(principal)).toThrow(DomainAccessDeniedError);
  });

  it('lets only a member apply, and only for its own organisation', () => {
    expect(applicantOrganisationOf(user('member', { clusterId: 'clean', organisationId: applicant.organisationId }))).toBe(applicant.organisationId);
    for (const principal of [user('network-admin'), user('cluster-manager', { clusterId: 'clean' }), user('member', { clusterId: 'clean' }), PRINCIPALS['integrator'] as Principal]) {
      expect(() => applicantOrganisationOf(principal)).toThrow(DomainAccessDeniedError);
    }
  });
});
