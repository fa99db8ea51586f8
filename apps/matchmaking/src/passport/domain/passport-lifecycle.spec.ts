import { DomainConflictError, DomainValidationError } from '@icn/platform';
import {
  PassportApplicationAccepted,
  PassportApplicationCancelled,
  PassportApplicationCompleted,
  PassportApplicationSubmitted,
  validatePayload,
} from '@icn/contracts';
import { aSubmission, aSubmittedApplication, NOW } from '../testing/passport-application.fixtures';
import {
  acceptApplication,
  cancelApplication,
  completeApplication,
  declineApplication,
  scheduleApplication,
  submitApplication,
} from './passport-lifecycle';

const LATER = new Date(NOW.getTime() + 60_000);
const contact = { name: 'Anne Dupont', organisation: 'TWEED', email: 'anne@tweed.be' };
const report = { meetingsHeld: 7, leads: [{ organisationName: 'Liège Heat', note: 'pilot in 2027' }] };

describe('Passport lifecycle', () => {
  it('submits an application as version 1 with a valid snapshot event', () => {
    const change = submitApplication(aSubmission({ services: ['partner-search', 'desk-hosting', 'partner-search'] }), NOW);
    expect(change.state).toMatchObject({ status: 'submitted', version: 1, services: ['desk-hosting', 'partner-search'], keyContacts: [] });
    expect(change.events[0]?.definition).toBe(PassportApplicationSubmitted);
    expect(change.events[0]?.data).not.toHaveProperty('application.deskReservationIds');
    expect(validatePayload(PassportApplicationSubmitted.payload, change.events[0]?.data).ok).toBe(true);
  });

  it('refuses to host an applicant in its own cluster, naming the field', () => {
    expect(() => submitApplication(aSubmission({ hostClusterId: 'clean' }), NOW)).toThrow(
      expect.objectContaining({ field: 'hostClusterId' }) as DomainValidationError,
    );
  });

  it('walks submitted → accepted → scheduled → completed, one version per step', () => {
    const accepted = acceptApplication(aSubmittedApplication(), [contact], ['tweed:2027-03-01:1'], LATER);
    expect(accepted.state).toMatchObject({ status: 'accepted', version: 2, keyContacts: [contact], deskReservationIds: ['tweed:2027-03-01:1'] });
    expect(accepted.events[0]?.definition).toBe(PassportApplicationAccepted);
    const scheduled = scheduleApplication(accepted.state, LATER);
    expect(scheduled.state).toMatchObject({ status: 'scheduled', version: 3 });
    const completed = completeApplication(scheduled.state, report, LATER);
    expect(completed.state).toMatchObject({ status: 'completed', version: 4, report, completedAt: LATER.toISOString() });
    expect(completed.events[0]?.definition).toBe(PassportApplicationCompleted);
    expect(validatePayload(PassportApplicationCompleted.payload, completed.events[0]?.data).ok).toBe(true);
  });

  it('declines only a submitted application, keeping the reason', () => {
    const declined = declineApplication(aSubmittedApplication(), 'No capacity in March', LATER);
    expect(declined.state).toMatchObject({ status: 'declined', declineReason: 'No capacity in March' });
    expect(() => declineApplication(declined.state, 'again', LATER)).toThrow(DomainConflictError);
  });

  it('refuses out-of-order transitions with a 409 reason that names the state', () => {
    const submitted = aSubmittedApplication();
    expect(() => scheduleApplication(submitted, LATER)).toThrow('it is submitted, only accepted applications can be scheduled');
    expect(() => completeApplication(submitted, report, LATER)).toThrow(DomainConflictError);
    const accepted = acceptApplication(submitted, [], [], LATER).state;
    expect(() => acceptApplication(accepted, [], [], LATER)).toThrow('it is accepted, only submitted applications can be accepted');
  });

  it('cancels before completion, dropping the desks, and is final', () => {
    const accepted = acceptApplication(aSubmittedApplication(), [], ['tweed:2027-03-01:1'], LATER).state;
    const cancelled = cancelApplication(accepted, 'host', 'Office closed', LATER);
    expect(cancelled.state).toMatchObject({ status: 'cancelled', cancelledBy: 'host', cancellationReason: 'Office closed', deskReservationIds: [] });
    expect(validatePayload(PassportApplicationCancelled.payload, cancelled.events[0]?.data).ok).toBe(true);
    expect(() => cancelApplication(cancelled.state, 'applicant', undefined, LATER)).toThrow(DomainConflictError);
  });

  it('records a cancellation by the secretariat as the network’s, in a valid event', () => {
    const cancelled = cancelApplication(aSubmittedApplication(), 'network', 'Programme suspended', LATER);
    expect(cancelled.state.cancelledBy).toBe('network');
    expect(validatePayload(PassportApplicationCancelled.payload, cancelled.events[0]?.data).ok).toBe(true);
  });

  it('cannot cancel a completed visit', () => {
    const scheduled = scheduleApplication(acceptApplication(aSubmittedApplication(), [], [], LATER).state, LATER).state;
    const completed = completeApplication(scheduled, report, LATER).state;
    expect(() => cancelApplication(completed, 'applicant', undefined, LATER)).toThrow('it is completed');
  });
});
