import { anApplicant } from '../../applications/testing/network.fixtures';
import { eligibilityGaps } from './eligibility';

describe('programme eligibility', () => {
  const eligibility = { sectors: ['energy-efficiency' as const, 'smart-cities' as const], helixTypes: ['company' as const], countries: ['DK', 'NO'] };

  it('an applicant meeting every list has no gaps; empty lists do not restrict', () => {
    expect(eligibilityGaps(eligibility, anApplicant())).toEqual([]);
    expect(eligibilityGaps({ sectors: [], helixTypes: [], countries: [] }, anApplicant({ helixType: 'other', sectors: [], country: 'BR' }))).toEqual([]);
  });

  it('names every unmet condition', () => {
    const gaps = eligibilityGaps(eligibility, anApplicant({ name: 'Rio Labs', helixType: 'research-institution', sectors: ['water'], country: 'BR', status: 'suspended' }));
    expect(gaps).toEqual([
      'Rio Labs is suspended, not an active member',
      "no sector in common with the programme's (energy-efficiency, smart-cities)",
      "helix type research-institution is not among the programme's (company)",
      "country BR is not among the programme's (DK, NO)",
    ]);
  });

  it('one sector in common is enough', () => {
    expect(eligibilityGaps(eligibility, anApplicant({ sectors: ['water', 'smart-cities'] }))).toEqual([]);
  });
});
