import { DomainConflictError, DomainValidationError } from '@icn/platform';
import { IntroductionSnapshotV1, validatePayload } from '@icn/contracts';
import { aPendingIntroduction, anAcceptedIntroduction, aRequest, NOW } from '../testing/introduction.fixtures';
import {
  acceptIntroduction,
  declineIntroduction,
  isPending,
  recordOutcome,
  requestIntroduction,
  withdrawIntroduction,
} from './introduction-lifecycle';

const LATER = new Date(NOW.getTime() + 60_000);

describe('introduction lifecycle', () => {
  it('requests a pending introduction at version 1 with a requested event carrying the full snapshot', () => {
    const input = aRequest();
    const {
      state,
      events: [event],
    } = requestIntroduction(input, NOW);
    expect(state).toMatchObject({
      introductionId: input.introductionId,
      requesterOrganisationId: input.requester.organisationId,
      requesterClusterId: 'clean',
      targetOrganisationId: input.target.organisationId,
      targetClusterId: 'tweed',
      purpose: 'partnership',
      status: 'pending',
      version: 1,
      requestedAt: NOW.toISOString(),
    });
    expect(event?.definition.type).toBe('org.icn.matchmaking.introduction.requested.v1');
    expect(event?.data).toEqual({ introduction: state });
    expect(isPending(state)).toBe(true);
  });

  it('refuses to introduce an organisation to itself, naming targetOrganisationId', () => {
    const requester = aRequest().requester;
    const attempt = () => requestIntroduction(aRequest({ requester, target: { ...requester } }), NOW);
    expect(attempt).toThrow(DomainValidationError);
    expect(attempt).toThrow(/targetOrganisationId/);
  });

  it('accepts, declines (with or without a reason) and withdraws only pending introductions, bumping the version', () => {
    const accepted = acceptIntroduction(aPendingIntroduction(), LATER);
    expect(accepted.state).toMatchObject({ status: 'accepted', version: 2, acceptedAt: LATER.toISOString(), updatedAt: LATER.toISOString() });
    expect(accepted.events[0]?.definition.type).toBe('org.icn.matchmaking.introduction.accepted.v1');

    const declined = declineIntroduction(aPendingIntroduction(), 'Not our market', LATER);
    expect(declined.state).toMatchObject({ status: 'declined', declineReason: 'Not our market', declinedAt: LATER.toISOString() });
    expect(declineIntroduction(aPendingIntroduction(), undefined, LATER).state).not.toHaveProperty('declineReason');

    const withdrawn = withdrawIntroduction(aPendingIntroduction(), LATER);
    expect(withdrawn.state).toMatchObject({ status: 'withdrawn', withdrawnAt: LATER.toISOString() });
    expect(withdrawn.events[0]?.definition.type).toBe('org.icn.matchmaking.introduction.withdrawn.v1');
    expect([accepted.state, declined.state, withdrawn.state].map(isPending)).toEqual([false, false, false]);
  });

  it('refuses invalid transitions with a 409 that says why', () => {
    const declined = declineIntroduction(aPendingIntroduction(), undefined, NOW).state;
    expect(() => acceptIntroduction(declined, LATER)).toThrow(DomainConflictError);
    expect(() => acceptIntroduction(declined, LATER)).toThrow(/cannot accept introduction .*: it is declined, only pending introductions can be accepted/);
    expect(() => withdrawIntroduction(anAcceptedIntroduction(), LATER)).toThrow(/cannot withdraw .*: it is accepted, only pending introductions can be withdrawn/);
    expect(() => declineIntroduction(withdrawIntroduction(aPendingIntroduction(), NOW).state, undefined, LATER)).toThrow(/it is withdrawn/);
  });

  it('records an outcome only on an accepted introduction, and a correction replaces it as a new version', () => {
    expect(() => recordOutcome(aPendingIntroduction(), 'joint-proposal', undefined, 'member-1', LATER)).toThrow(
      /cannot record an outcome on introduction .*: it is pending, only accepted introductions have an outcome/,
    );
    const first = recordOutcome(anAcceptedIntroduction(), 'follow-up-meeting', 'Met in Liège', 'member-1', LATER);
    expect(first.state).toMatchObject({ status: 'accepted', version: 3, outcome: { outcome: 'follow-up-meeting', note: 'Met in Liège', recordedBy: 'member-1' } });
    expect(first.events[0]?.definition.type).toBe('org.icn.matchmaking.introduction.outcome-recorded.v1');
    const corrected = recordOutcome(first.state, 'cooperation-agreement', undefined, 'cm-tweed', new Date(LATER.getTime() + 1000));
    expect(corrected.state.version).toBe(4);
    expect(corrected.state.outcome).toEqual({ outcome: 'cooperation-agreement', recordedBy: 'cm-tweed', recordedAt: new Date(LATER.getTime() + 1000).toISOString() });
  });

  it('produces snapshots that satisfy the published contract at every step', () => {
    const pending = aPendingIntroduction();
    const accepted = acceptIntroduction(pending, LATER).state;
    const withOutcome = recordOutcome(accepted, 'no-further-contact', 'No fit', 'member-2', LATER).state;
    const declined = declineIntroduction(aPendingIntroduction(), 'Too early', LATER).state;
    for (const state of [pending, accepted, withOutcome, declined]) {
      expect(validatePayload(IntroductionSnapshotV1, state)).toMatchObject({ ok: true });
    }
  });
});
