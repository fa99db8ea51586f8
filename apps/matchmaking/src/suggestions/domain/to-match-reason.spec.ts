import { validateSync } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { MatchReasonV1 } from '@icn/contracts';
import type { MatchReason } from '../../matching/match-explanation';
import { toMatchReason } from './to-match-reason';

describe('toMatchReason', () => {
  const cases: [MatchReason, Partial<MatchReasonV1>][] = [
    [{ kind: 'sector', sector: 'water', weight: 2, contribution: 2 }, { kind: 'sector', matched: ['water'], weight: 2, contribution: 2 }],
    [
      { kind: 'offer-need', offeredBy: 'a', offer: 'Heat pump design', neededBy: 'b', need: 'Heat pump design help', sharedTerms: ['heat', 'pump', 'design'], similarity: 0.857, weight: 10, contribution: 8.57 },
      { kind: 'offer-need', matched: ['heat', 'pump', 'design'], summary: 'offer "Heat pump design" (a) answers need "Heat pump design help" (b), similarity 0.86', weight: 10, contribution: 8.57 },
    ],
    [
      { kind: 'country', rule: 'country-named-in-need', country: 'DE', neededBy: 'b', need: 'Pilot sites in Germany', weight: 3, contribution: 3 },
      { kind: 'country', rule: 'country-named-in-need', matched: ['DE'], weight: 3 },
    ],
    [{ kind: 'helix', rule: 'company-size-complementarity', weight: 1, contribution: 1 }, { kind: 'helix', rule: 'company-size-complementarity', matched: [] }],
    [
      { kind: 'outcome-feedback', rule: 'previous-introduction', outcome: 'no-further-contact', between: ['a', 'b'], factor: 0.5, contribution: -6 },
      { kind: 'outcome-feedback', rule: 'previous-introduction', matched: ['a', 'b'], factor: 0.5, contribution: -6 },
    ],
  ];

  it.each(cases)('keeps what matched, the weight or factor and the contribution (%#)', (reason, expected) => {
    const mapped = toMatchReason(reason);
    expect(mapped).toMatchObject(expected);
    expect(mapped.summary.length).toBeGreaterThan(0);
  });

  it('produces reasons the published contract accepts', () => {
    for (const [reason] of cases) {
      expect(validateSync(plainToInstance(MatchReasonV1, toMatchReason(reason)))).toEqual([]);
    }
  });
});
