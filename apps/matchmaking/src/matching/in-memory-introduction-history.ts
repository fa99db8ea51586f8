import type { IntroductionHistory, IntroductionOutcome, OutcomeCounts } from './introduction-history';

/** One introduction's recorded outcome. */
export interface RecordedIntroduction {
  introductionId: string;
  /** The two organisations introduced (order does not matter). */
  organisationIds: readonly [string, string];
  outcome: IntroductionOutcome;
  /** Epoch milliseconds; decides which outcome of a pair is the latest. */
  recordedAt: number;
}

/**
 * The history table kept in memory, fed as outcomes are recorded. Recording the same introduction
 * again replaces its outcome (an outcome can be corrected, an event redelivered), so counts stay exact.
 */
export class InMemoryIntroductionHistory implements IntroductionHistory {
  private readonly introductions = new Map<string, RecordedIntroduction>();
  private readonly counts = new Map<string, Partial<Record<IntroductionOutcome, number>>>();
  /** Introductions by organisation, then by the other organisation, then by introduction id. */
  private readonly byPair = new Map<string, Map<string, Map<string, RecordedIntroduction>>>();

  record(introduction: RecordedIntroduction): void {
    const previous = this.introductions.get(introduction.introductionId);
    if (previous !== undefined) {
      for (const id of previous.organisationIds) this.count(id, previous.outcome, -1);
      const [a, b] = previous.organisationIds;
      this.pairIntroductions(a, b).delete(previous.introductionId);
      this.pairIntroductions(b, a).delete(previous.introductionId);
    }
    this.introductions.set(introduction.introductionId, introduction);
    for (const id of introduction.organisationIds) this.count(id, introduction.outcome, 1);
    const [a, b] = introduction.organisationIds;
    this.pairIntroductions(a, b).set(introduction.introductionId, introduction);
    this.pairIntroductions(b, a).set(introduction.introductionId, introduction);
  }

  trackRecord(organisationId: string): OutcomeCounts | undefined {
    return this.counts.get(organisationId);
  }

  latestOutcomesWith(organisationId: string): ReadonlyMap<string, IntroductionOutcome> | undefined {
    const byOther = this.byPair.get(organisationId);
    if (byOther === undefined) return undefined;
    const outcomes = new Map<string, IntroductionOutcome>();
    for (const [otherId, introductions] of byOther) {
      const latest = latestOf(introductions.values());
      if (latest !== undefined) outcomes.set(otherId, latest.outcome);
    }
    return outcomes;
  }

  private count(organisationId: string, outcome: IntroductionOutcome, delta: number): void {
    const counts = this.counts.get(organisationId) ?? {};
    counts[outcome] = (counts[outcome] ?? 0) + delta;
    this.counts.set(organisationId, counts);
  }

  private pairIntroductions(organisationId: string, otherId: string): Map<string, RecordedIntroduction> {
    const byOther = this.byPair.get(organisationId) ?? new Map<string, Map<string, RecordedIntroduction>>();
    this.byPair.set(organisationId, byOther);
    const introductions = byOther.get(otherId) ?? new Map<string, RecordedIntroduction>();
    byOther.set(otherId, introductions);
    return introductions;
  }
}

/** The latest recording wins; the same instant is settled by id, so replays in another order agree. */
function latestOf(introductions: Iterable<RecordedIntroduction>): RecordedIntroduction | undefined {
  let latest: RecordedIntroduction | undefined;
  for (const introduction of introductions) {
    if (latest === undefined || isLater(introduction, latest)) latest = introduction;
  }
  return latest;
}

function isLater(candidate: RecordedIntroduction, current: RecordedIntroduction): boolean {
  if (candidate.recordedAt !== current.recordedAt) return candidate.recordedAt > current.recordedAt;
  return candidate.introductionId > current.introductionId;
}
