import { randomUUID } from 'node:crypto';
import { DomainConflictError } from '@icn/platform';
import { PartnerSuggestionsProposed, validatePayload } from '@icn/contracts';
import { inviteOrganisation } from '../../consortia/domain/consortium-formation';
import { withdrawConsortium } from '../../consortia/domain/consortium-lifecycle';
import { aConsortium, aProfile, NOW, someRules, withPartners } from '../../consortia/testing/consortium.fixtures';
import { recordProposal, requestPartnerSearch } from './partner-search';

const lead = aProfile({ country: 'DK', helixType: 'company', companySize: 'large' });
const rules = someRules({ minPartners: 4, minCountries: 3, requiredHelixTypes: ['research-institution', 'public-authority'], minSmeSharePercent: 50 });
const city = aProfile({ country: 'DK', helixType: 'public-authority', companySize: undefined });
const invitee = aProfile({ country: 'BE' });
const consortium = inviteOrganisation(withPartners(aConsortium(lead, rules), [city]), { invitationId: 'inv-1', invitee, role: 'partner', invitedBy: 'lead', expiryDays: 14 }, NOW).state;
const input = { requestId: randomUUID(), requestedBy: 'lead-subject', overrides: {} };

describe('a partner search request', () => {
  it('carries the gaps of the beneficiaries, the funding call’s competencies and who not to suggest, valid against the contract', () => {
    const { state, events } = requestPartnerSearch(consortium, { ...input, fundingCall: { sectors: ['district-heating'], technologies: ['heat-pumps'] }, overrides: { keywords: ['retrofit'] } }, NOW);
    expect(events).toHaveLength(1);
    expect(state.version).toBe(1);
    const [event] = events;
    if (event === undefined) throw new Error('no event');
    expect(state).toMatchObject({ status: 'pending', consortiumId: consortium.consortiumId, candidates: [], requestedAt: NOW.toISOString() });
    expect(event.data).toEqual({
      requestId: input.requestId,
      consortiumId: consortium.consortiumId,
      callTopic: consortium.call.topic,
      competencies: { sectors: ['district-heating'], technologies: ['heat-pumps'], keywords: ['retrofit'] },
      // The pending invitee is already asked: never suggested.
      memberOrganisationIds: [lead.organisationId, city.organisationId, invitee.organisationId],
      // lead (large) + city: 2 of 4 partners, 1 of 3 countries, no research institution, 0 % SMEs < 50 % (2 SMEs make 2 of 4).
      gaps: { partnersMissing: 2, countriesMissing: 2, excludedCountries: ['DK'], helixTypesMissing: ['research-institution'], smesMissing: 2 },
    });
    const result = validatePayload(event.definition.payload, event.data);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('takes the coordinator’s competencies over the call’s, list by list', () => {
    const { state } = requestPartnerSearch(consortium, { ...input, fundingCall: { sectors: ['water'], technologies: ['lidar'] }, overrides: { technologies: ['heat-pumps'] } }, NOW);
    expect(state.competencies).toEqual({ sectors: ['water'], technologies: ['heat-pumps'], keywords: [] });
  });

  it('is refused once the partnership can no longer change', () => {
    const withdrawn = withdrawConsortium(consortium, undefined, NOW).state;
    expect(() => requestPartnerSearch(withdrawn, input, NOW)).toThrow(DomainConflictError);
    expect(() => requestPartnerSearch(withdrawn, input, NOW)).toThrow(/withdrawn; partners can only be searched while forming or drafting/);
  });

  it('records the first answer only', () => {
    const { state } = requestPartnerSearch(consortium, input, NOW);
    const proposal = { requestId: state.requestId, consortiumId: state.consortiumId, candidates: [], limit: 20, causedByEventId: 'e-1' };
    expect(validatePayload(PartnerSuggestionsProposed.payload, proposal).ok).toBe(true);
    const answered = recordProposal(state, proposal, 'event-1', NOW);
    // Nobody else needs to know: a change of one version without an event.
    expect(answered?.events).toEqual([]);
    expect(answered?.state).toMatchObject({ status: 'proposed', proposalEventId: 'event-1', proposedAt: NOW.toISOString(), version: 2 });
    expect(answered && recordProposal(answered.state, proposal, 'event-2', NOW)).toBeUndefined();
  });
});
