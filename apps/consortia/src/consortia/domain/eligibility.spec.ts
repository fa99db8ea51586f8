import { checkEligibility } from './eligibility';
import { aConsortium, aProfile, someRules, withPartners } from '../testing/consortium.fixtures';

describe('checkEligibility', () => {
  it('says what is missing in words: partners, countries, helix type, SME share', () => {
    const lead = aProfile({ country: 'DK', companySize: 'large' });
    const state = withPartners(aConsortium(lead, someRules({ minPartners: 4, minCountries: 3, minSmeSharePercent: 30 })), [
      aProfile({ country: 'BE', companySize: 'large' }),
    ]);
    const report = checkEligibility(state.rules, state.members);

    expect(report.eligible).toBe(false);
    expect(report.missing).toEqual([
      { rule: 'min-partners', message: 'needs at least 2 more partners (2 of 4)' },
      { rule: 'min-countries', message: 'needs one more country (2 of 3: BE, DK)' },
      { rule: 'required-helix-type', message: 'needs a research institution' },
      { rule: 'min-sme-share', message: 'SME share 0% < 30%' },
    ]);
  });

  it('reports a 20% SME share against a 30% minimum', () => {
    const state = withPartners(aConsortium(aProfile({ companySize: 'sme' }), someRules({ minPartners: 1, minCountries: 1, requiredHelixTypes: [], minSmeSharePercent: 30 })), [
      aProfile({ companySize: 'large' }),
      aProfile({ companySize: 'large' }),
      aProfile({ helixType: 'research-institution', companySize: undefined }),
      aProfile({ helixType: 'public-authority', companySize: undefined }),
    ]);
    expect(checkEligibility(state.rules, state.members).missing).toEqual([{ rule: 'min-sme-share', message: 'SME share 20% < 30%' }]);
  });

  it('says "needs at least 1 more partner" and names every missing helix type', () => {
    const state = aConsortium(aProfile(), someRules({ minPartners: 2, minCountries: 1, requiredHelixTypes: ['public-authority', 'research-institution'], minSmeSharePercent: 0 }));
    expect(checkEligibility(state.rules, state.members).missing.map((requirement) => requirement.message)).toEqual([
      'needs at least 1 more partner (1 of 2)',
      'needs a public authority',
      'needs a research institution',
    ]);
  });

  it('does not count associated partners and subcontractors (no grant, not beneficiaries)', () => {
    const rules = someRules({ minPartners: 2, minCountries: 2, requiredHelixTypes: ['research-institution'], minSmeSharePercent: 0 });
    const university = aProfile({ country: 'BE', helixType: 'research-institution', companySize: undefined });
    const associated = withPartners(aConsortium(aProfile(), rules), [university], 'associated-partner');
    expect(checkEligibility(rules, associated.members).eligible).toBe(false);
    const partner = withPartners(aConsortium(aProfile(), rules), [university], 'partner');
    expect(checkEligibility(rules, partner.members)).toEqual({ eligible: true, missing: [] });
  });

  it('flags too many partners', () => {
    const rules = someRules({ minPartners: 1, maxPartners: 2, minCountries: 1, requiredHelixTypes: [], minSmeSharePercent: 0 });
    const state = withPartners(aConsortium(aProfile(), rules), [aProfile(), aProfile(), aProfile()]);
    expect(checkEligibility(rules, state.members).missing).toEqual([{ rule: 'max-partners', message: 'has 2 partners too many (at most 2)' }]);
  });

  it('compares the SME share exactly: 1 of 3 is below 33.34% but meets 33.33%', () => {
    const rules = (minSmeSharePercent: number) => someRules({ minPartners: 1, minCountries: 1, requiredHelixTypes: [], minSmeSharePercent });
    const state = withPartners(aConsortium(aProfile({ companySize: 'sme' })), [aProfile({ companySize: 'large' }), aProfile({ companySize: 'large' })]);
    expect(checkEligibility(rules(33.33), state.members).eligible).toBe(true);
    expect(checkEligibility(rules(33.34), state.members).missing).toEqual([{ rule: 'min-sme-share', message: 'SME share 33.3% < 33.34%' }]);
  });
});
