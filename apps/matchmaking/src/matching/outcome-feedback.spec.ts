import { InMemoryIntroductionHistory } from './in-memory-introduction-history';
import { MATCHING_WEIGHTS } from './matching-weights';
import { applyFeedback, previousIntroductionFactor, trackRecordFactor } from './outcome-feedback';

describe('outcome feedback', () => {
  it('gives a newcomer and a member without successes no boost', () => {
    expect(trackRecordFactor(undefined)).toBe(1);
    expect(trackRecordFactor({ 'no-further-contact': 7 })).toBe(1);
  });

  it('boosts a track record of successes, damped by the prior: 1 of 1 earns a third of the maximum', () => {
    expect(trackRecordFactor({ 'cooperation-agreement': 1 })).toBeCloseTo(1 + 0.2 / 3, 12);
    expect(trackRecordFactor({ 'cooperation-agreement': 10 })).toBeCloseTo(1 + (0.2 * 10) / 12, 12);
    // Partial successes count partly: (0.6 + 0.25) / (2 + 2)
    expect(trackRecordFactor({ 'joint-proposal': 1, 'follow-up-meeting': 1 })).toBeCloseTo(1 + (0.2 * 0.85) / 4, 12);
  });

  it('stays below 1 + maxTrackRecordBoost however long the record', () => {
    expect(trackRecordFactor({ 'cooperation-agreement': 1_000_000 })).toBeLessThan(1 + MATCHING_WEIGHTS.outcomeFeedback.maxTrackRecordBoost);
  });

  it('halves a pair whose last introduction ended in no further contact, and only then', () => {
    expect(previousIntroductionFactor('no-further-contact')).toBe(0.5);
    expect(previousIntroductionFactor('cooperation-agreement')).toBe(1);
    expect(previousIntroductionFactor(undefined)).toBe(1);
  });

  it('explains each factor that changes the score, contributions adding up to it', () => {
    const result = applyFeedback(10, {
      trackRecord: { factor: 1.1, organisationIds: ['a'] },
      previousIntroduction: { outcome: 'no-further-contact', between: ['p', 'a'] },
    });
    expect(result.score).toBeCloseTo(5.5, 12);
    expect(result.reasons).toEqual([
      { kind: 'outcome-feedback', rule: 'track-record', organisationIds: ['a'], factor: 1.1, contribution: expect.closeTo(1, 12) },
      { kind: 'outcome-feedback', rule: 'previous-introduction', outcome: 'no-further-contact', between: ['p', 'a'], factor: 0.5, contribution: expect.closeTo(-5.5, 12) },
    ]);
    expect(applyFeedback(10, { trackRecord: { factor: 1, organisationIds: ['a'] } })).toEqual({ score: 10, reasons: [] });
  });
});

describe('InMemoryIntroductionHistory', () => {
  it('counts outcomes for both organisations and replaces a re-recorded introduction', () => {
    const history = new InMemoryIntroductionHistory();
    history.record({ introductionId: 'i1', organisationIds: ['a', 'b'], outcome: 'follow-up-meeting', recordedAt: 1 });
    history.record({ introductionId: 'i2', organisationIds: ['a', 'c'], outcome: 'cooperation-agreement', recordedAt: 2 });
    history.record({ introductionId: 'i1', organisationIds: ['a', 'b'], outcome: 'cooperation-agreement', recordedAt: 3 });
    expect(history.trackRecord('a')).toEqual({ 'follow-up-meeting': 0, 'cooperation-agreement': 2 });
    expect(history.trackRecord('b')).toEqual({ 'follow-up-meeting': 0, 'cooperation-agreement': 1 });
    expect(history.trackRecord('z')).toBeUndefined();
  });

  it('keeps the latest outcome of each pair, the same from both sides, whatever the recording order', () => {
    const first = new InMemoryIntroductionHistory();
    const second = new InMemoryIntroductionHistory();
    const older = { introductionId: 'i1', organisationIds: ['a', 'b'] as const, outcome: 'cooperation-agreement' as const, recordedAt: 1 };
    const newer = { introductionId: 'i2', organisationIds: ['b', 'a'] as const, outcome: 'no-further-contact' as const, recordedAt: 2 };
    first.record(older);
    first.record(newer);
    second.record(newer);
    second.record(older);
    for (const history of [first, second]) {
      expect(history.latestOutcomesWith('a')?.get('b')).toBe('no-further-contact');
      expect(history.latestOutcomesWith('b')?.get('a')).toBe('no-further-contact');
    }
    expect(first.latestOutcomesWith('c')).toBeUndefined();
  });
});
