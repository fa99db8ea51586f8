import { DomainValidationError } from '@icn/platform';
import { assertValidGrantSplit, formatEur, toCents } from './grant-split';
import { aConsortium, aProfile, fivePartnerConsortium, withPartners } from '../testing/consortium.fixtures';

describe('grant split', () => {
  const { state } = fivePartnerConsortium();
  const ids = state.members.map((member) => member.organisationId);

  it('accepts shares that add up to the total to the cent', () => {
    const shares = [100_000.1, 100_000.2, 83_333.33, 83_333.33, 83_333.04].map((amountEur, index) => ({ organisationId: ids[index]!, amountEur }));
    expect(() => assertValidGrantSplit(state, { totalEur: 450_000, shares })).not.toThrow();
  });

  it('names the field and both sums when they differ', () => {
    const shares = ids.map((organisationId) => ({ organisationId, amountEur: 89_800 }));
    const split = () => assertValidGrantSplit(state, { totalEur: 450_000, shares });
    expect(split).toThrow(DomainValidationError);
    expect(split).toThrow('shares: add up to 449,000.00 EUR, not the total 450,000.00 EUR');
  });

  it('refuses non-members, subcontractors and a second share for one beneficiary', () => {
    expect(() => assertValidGrantSplit(state, { totalEur: 1, shares: [{ organisationId: 'stranger', amountEur: 1 }] })).toThrow('shares.0.organisationId: stranger is not a member');
    const sub = aProfile({ name: 'Sub' });
    const withSub = withPartners(aConsortium(), [sub], 'subcontractor');
    expect(() => assertValidGrantSplit(withSub, { totalEur: 1, shares: [{ organisationId: sub.organisationId, amountEur: 1 }] })).toThrow('Sub is subcontractor');
    const twice = [{ organisationId: ids[0]!, amountEur: 1 }, { organisationId: ids[0]!, amountEur: 1 }];
    expect(() => assertValidGrantSplit(state, { totalEur: 2, shares: twice })).toThrow('shares.1.organisationId');
  });

  it('counts in cents', () => {
    expect(toCents(0.1) + toCents(0.2)).toBe(toCents(0.3));
    expect(formatEur(45_000_000)).toBe('450,000.00 EUR');
  });
});
