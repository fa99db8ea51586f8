import type { OpportunitySnapshotV1, ProgrammeSnapshotV1 } from '@icn/contracts';
import { isDeepStrictEqual } from 'node:util';
import { matches, type MatchableSubscription } from '../../notifications/domain/opportunity-match';
import type { CallWindowPhase } from './programme-as-opportunity';

/**
 * Who hears that a programme's call window is open (or that it was registered with an open window):
 * the subscriptions whose filters match the programme seen as an opportunity — types (include or
 * exclude `partner-programme`), sectors, countries and helix types against its eligibility,
 * keywords, the deadline window against the window's close. Programmes are visible to the whole
 * network, so every cluster's subscriptions are candidates. Pure.
 */
export function announcementRecipients<S extends MatchableSubscription>(subscriptions: readonly S[], programme: OpportunitySnapshotV1, now: Date): S[] {
  return subscriptions.filter((subscription) => matches(subscription, programme, { now }));
}

/**
 * Who hears of a material change to a programme, as of an opportunity update: those who heard of
 * it before (followers) whatever their filters now, and — while the window is open — those it
 * matches now. A change to an upcoming or closed programme only concerns its followers. Pure.
 */
export function changeRecipients<S extends MatchableSubscription & { subscriptionId: string }>(
  subscriptions: readonly S[],
  programme: OpportunitySnapshotV1,
  followers: ReadonlySet<string>,
  phase: CallWindowPhase,
  now: Date,
): S[] {
  return subscriptions.filter(
    (subscription) => followers.has(subscription.subscriptionId) || (phase === 'open' && matches(subscription, programme, { now })),
  );
}

/**
 * Does a subscriber see a difference? Anything a notification shows or a filter reads: partner,
 * title, description, eligibility, call window, requirements. Lists are compared as sets where
 * order means nothing (eligibility); requirements in order, as applicants see them. The version
 * and timestamps alone are not a change.
 */
export function isMaterialChange(before: ProgrammeSnapshotV1 | undefined, after: ProgrammeSnapshotV1): boolean {
  if (before === undefined) return true;
  return (
    before.partnerName !== after.partnerName ||
    before.title !== after.title ||
    (before.description ?? '') !== (after.description ?? '') ||
    !sameSet(before.eligibility.sectors, after.eligibility.sectors) ||
    !sameSet(before.eligibility.helixTypes, after.eligibility.helixTypes) ||
    !sameSet(before.eligibility.countries, after.eligibility.countries) ||
    Date.parse(before.callWindow.opensAt) !== Date.parse(after.callWindow.opensAt) ||
    Date.parse(before.callWindow.closesAt) !== Date.parse(after.callWindow.closesAt) ||
    !isDeepStrictEqual(requirementsOf(before), requirementsOf(after))
  );
}

function sameSet(first: readonly string[], second: readonly string[]): boolean {
  const left = new Set(first);
  const right = new Set(second);
  return left.size === right.size && [...left].every((value) => right.has(value));
}

function requirementsOf(programme: ProgrammeSnapshotV1): { key: string; title: string; description: string }[] {
  return programme.requirements.map((requirement) => ({ key: requirement.key, title: requirement.title, description: requirement.description ?? '' }));
}
