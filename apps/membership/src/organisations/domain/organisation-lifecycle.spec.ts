import { DomainConflictError } from '@icn/platform';
import { OrganisationLeft, OrganisationReinstated, OrganisationSuspended, validatePayload } from '@icn/contracts';
import { anOrganisation, NOW } from '../../testing/organisation.fixture';
import { leaveCluster, reinstateOrganisation, suspendOrganisation } from './organisation-lifecycle';

describe('organisation lifecycle', () => {
  describe('suspend', () => {
    it('suspends an active membership, bumps the version and records why', () => {
      const change = suspendOrganisation(anOrganisation({ version: 4 }), 'Fee unpaid', NOW);

      expect(change.state).toMatchObject({ status: 'suspended', version: 5, suspensionReason: 'Fee unpaid', suspendedAt: NOW.toISOString() });
      expect(change.events.map((event) => event.definition)).toEqual([OrganisationSuspended]);
      expect(change.events[0]?.data).toEqual({
        organisationId: change.state.organisationId,
        clusterId: 'clean',
        reason: 'Fee unpaid',
        suspendedAt: NOW.toISOString(),
      });
      expect(validatePayload(OrganisationSuspended.payload, change.events[0]?.data).ok).toBe(true);
    });

    it.each(['suspended', 'left'] as const)('refuses a %s organisation and says why', (status) => {
      expect(() => suspendOrganisation(anOrganisation({ status }), 'x', NOW)).toThrow(DomainConflictError);
      expect(() => suspendOrganisation(anOrganisation({ status }), 'x', NOW)).toThrow(`it is ${status}, only an active membership can be suspended`);
    });
  });

  describe('reinstate', () => {
    it('reinstates a suspended membership and forgets the suspension', () => {
      const suspended = suspendOrganisation(anOrganisation(), 'Fee unpaid', NOW).state;
      const change = reinstateOrganisation(suspended, NOW);

      expect(change.state.status).toBe('active');
      expect(change.state.version).toBe(3);
      expect(change.state).not.toHaveProperty('suspensionReason');
      expect(change.state).not.toHaveProperty('suspendedAt');
      expect(change.events.map((event) => event.definition)).toEqual([OrganisationReinstated]);
      expect(validatePayload(OrganisationReinstated.payload, change.events[0]?.data).ok).toBe(true);
    });

    it.each(['active', 'left'] as const)('refuses a %s organisation', (status) => {
      expect(() => reinstateOrganisation(anOrganisation({ status }), NOW)).toThrow(`it is ${status}, only a suspended membership can be reinstated`);
    });
  });

  describe('leave', () => {
    it.each(['active', 'suspended'] as const)('lets a %s organisation leave, with an optional reason', (status) => {
      const change = leaveCluster(anOrganisation({ status, version: 2 }), 'Acquired', NOW);

      expect(change.state).toMatchObject({ status: 'left', version: 3, leftAt: NOW.toISOString(), leftReason: 'Acquired' });
      expect(change.events.map((event) => event.definition)).toEqual([OrganisationLeft]);
      expect(change.events[0]?.data).toMatchObject({ reason: 'Acquired', leftAt: NOW.toISOString() });
      expect(validatePayload(OrganisationLeft.payload, change.events[0]?.data).ok).toBe(true);
    });

    it('omits the reason when none is given', () => {
      const change = leaveCluster(anOrganisation(), undefined, NOW);
      expect(change.events[0]?.data).not.toHaveProperty('reason');
      expect(change.state).not.toHaveProperty('leftReason');
    });

    it('is final: leaving twice is refused', () => {
      const left = leaveCluster(anOrganisation(), undefined, NOW).state;
      expect(() => leaveCluster(left, undefined, NOW)).toThrow('has already left');
    });
  });

  it('does not mutate the state it was given', () => {
    const original = anOrganisation();
    const copy = structuredClone(original);
    suspendOrganisation(original, 'x', NOW);
    leaveCluster(original, 'y', NOW);
    expect(original).toEqual(copy);
  });
});
