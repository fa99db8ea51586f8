import { describe, expect, it } from '@jest/globals';
import { describeReason, type MatchReason } from './describe-reason';

const A = '351dfee5-904a-4516-8877-bf075499c7de';
const B = '125937cf-53c4-44d5-a5bd-9d8ee537e592';
const names = new Map([
  [A, 'Walloon Storage'],
  [B, 'Battery Buyer'],
]);

describe('a match reason in words', () => {
  it('names both sides of an offer/need pair, the shared terms and the similarity (as the engine sends it)', () => {
    const reason: MatchReason = {
      kind: 'offer-need',
      offeredBy: A,
      offer: 'Turnkey battery parks',
      neededBy: B,
      need: 'Suppliers for batteries',
      sharedTerms: ['battery'],
      similarity: 0.4,
      weight: 10,
      contribution: 4,
    };
    expect(describeReason(reason, names)).toEqual({
      what: '“Turnkey battery parks” offered by Walloon Storage answers “Suppliers for batteries” needed by Battery Buyer (shared words: battery; similarity 0.4)',
      weight: '10',
      contribution: 4,
    });
  });

  it('uses the vocabulary’s words for sectors and helix types', () => {
    expect(describeReason({ kind: 'sector', sector: 'smart-grids', weight: 2, contribution: 2 }, names).what).toBe('Sector both work in: Smart grids');
    expect(describeReason({ kind: 'helix', rule: 'helix-complementarity', pair: 'company+research-institution', weight: 3, contribution: 3 }, names).what).toBe(
      'Complementary types: Company + Research institution',
    );
  });

  it('shows an outcome-feedback adjustment as its factor', () => {
    const line = describeReason({ kind: 'outcome-feedback', rule: 'previous-introduction', outcome: 'no-further-contact', between: [A, B], factor: 0.5, contribution: -7.5 }, names);
    expect(line).toEqual({ what: 'Their previous introduction ended in: No further contact', weight: '× 0.5', contribution: -7.5 });
  });

  it('says "the other side" for an id it cannot name, and keeps an unknown value as sent', () => {
    const line = describeReason({ kind: 'country', rule: 'country-named-in-need', country: 'NO', neededBy: 'unknown', need: 'Pilot sites in Norway', weight: 3, contribution: 3 }, names);
    expect(line.what).toBe('the other side looks for “Pilot sites in Norway”, which names NO');
    expect(describeReason({ kind: 'sector', sector: 'space-mining', weight: 2, contribution: 2 }, names).what).toBe('Sector both work in: space-mining');
  });
});
