import { toOrganisationProfile, type OrganisationMatchingInput } from '../../matching/matching-profile';
import { anOrganisation } from '../../matching/testing/matching-inputs.fixtures';
import { aProgrammeSnapshot } from '../testing/programme-snapshot.fixtures';
import { callWindowPhase } from './call-window';
import { PROGRAMME_AS_PARTY, programmeClauses, toProgrammeProfile } from './programme-profile';
import { suggestForProgramme } from './programme-suggestions';
import { isEligibleForProgramme, rankProgrammeCandidates, scoreProgrammeFit } from './rank-programme-candidates';

const description = 'Cities look for proven solutions: heat pumps, thermal storage and district heating. Pilot sites in European cities.';
const programme = aProgrammeSnapshot({ description, eligibility: { sectors: ['energy-efficiency', 'district-heating'], helixTypes: ['company'], countries: [] } });
const profile = toProgrammeProfile(programme);
const company = (id: string, overrides: Partial<OrganisationMatchingInput> = {}) => toOrganisationProfile(anOrganisation(id, { helixType: 'company', sectors: ['district-heating'], ...overrides }));

describe('programme clauses', () => {
  it('are the title and the description cut at sentence ends, colons, semicolons, commas and line breaks', () => {
    expect(programmeClauses(programme)).toEqual([
      'City solutions platform',
      'Cities look for proven solutions',
      'heat pumps',
      'thermal storage and district heating',
      'Pilot sites in European cities',
    ]);
    expect(programmeClauses({ title: 'Solution label', description: 'Rated 1.5 MW or more;\n\nno demos' })).toEqual(['Solution label', 'Rated 1.5 MW or more', 'no demos']);
    expect(programmeClauses({ title: 'Solution label' })).toEqual(['Solution label']);
  });
});

describe('programme eligibility (hard filters)', () => {
  it('keeps active members of a listed helix type, country and sector; an empty list restricts nothing', () => {
    expect(isEligibleForProgramme(profile, company('ok'))).toBe(true);
    expect(isEligibleForProgramme(profile, company('lab', { helixType: 'research-institution' }))).toBe(false);
    expect(isEligibleForProgramme(profile, company('water', { sectors: ['water'] }))).toBe(false);
    expect(isEligibleForProgramme(profile, company('suspended', { status: 'suspended' }))).toBe(false);
    const danishOnly = toProgrammeProfile({ ...programme, eligibility: { ...programme.eligibility, countries: ['DK'] } });
    expect(isEligibleForProgramme(danishOnly, company('dk', { country: 'DK' }))).toBe(true);
    expect(isEligibleForProgramme(danishOnly, company('se', { country: 'SE' }))).toBe(false);
  });
});

describe('programme fit', () => {
  it('scores shared sectors, offers answering the programme, needs it answers and its targets, each a reason; contributions add up to the score', () => {
    const offering = scoreProgrammeFit(profile, company('offering', { offers: ['Heat pump design'] }));
    expect(offering?.reasons).toEqual([
      { kind: 'sector', sector: 'district-heating', weight: 2, contribution: 2 },
      { kind: 'offer-need', offeredBy: 'offering', offer: 'Heat pump design', neededBy: PROGRAMME_AS_PARTY, need: 'heat pumps', sharedTerms: ['heat', 'pump'], similarity: 0.8, weight: 10, contribution: 8 },
      { kind: 'helix', rule: 'targeted-helix-type', helixType: 'company', weight: 1, contribution: 1 },
    ]);
    expect(offering?.score).toBe(11);

    const needing = scoreProgrammeFit(profile, company('needing', { sectors: ['district-heating', 'energy-efficiency'], needs: ['Pilot sites in cities'] }));
    expect(needing?.reasons.map((reason) => [reason.kind, reason.contribution])).toEqual([
      ['sector', 2],
      ['sector', 2],
      ['offer-need', (10 * 6) / 7],
      ['helix', 1],
    ]);
    expect(needing?.reasons[2]).toMatchObject({ offeredBy: PROGRAMME_AS_PARTY, offer: 'Pilot sites in European cities', neededBy: 'needing', need: 'Pilot sites in cities' });
    expect(needing?.score).toBeCloseTo(needing?.reasons.reduce((sum, reason) => sum + reason.contribution, 0) ?? 0, 10);
  });

  it('lists the targeted country when the programme restricts countries', () => {
    const nordic = toProgrammeProfile({ ...programme, eligibility: { sectors: [], helixTypes: [], countries: ['DK', 'SE'] } });
    expect(scoreProgrammeFit(nordic, company('dk', { offers: ['Heat pumps'] }))?.reasons).toContainEqual({ kind: 'country', rule: 'targeted-country', country: 'DK', weight: 2, contribution: 2 });
  });

  it('needs a shared theme: an eligible member sharing no sector and no text is not a fit', () => {
    const openToAll = toProgrammeProfile({ ...programme, eligibility: { sectors: [], helixTypes: [], countries: [] } });
    expect(scoreProgrammeFit(openToAll, company('unrelated', { sectors: ['water'], offers: ['Water meters'] }))).toBeUndefined();
    expect(scoreProgrammeFit(openToAll, company('related', { sectors: ['water'], offers: ['Thermal storage'] }))?.score).toBeCloseTo((10 * 4) / 6, 10);
  });
});

describe('ranking members for a programme', () => {
  const members = [
    company('b-offering', { offers: ['Heat pump design'] }),
    company('a-offering', { offers: ['Heat pump design'] }),
    company('sector-only'),
    company('other-cluster', { clusterId: 'nordic', offers: ['Heat pumps'] }),
    company('lab', { helixType: 'research-institution', offers: ['Heat pumps'] }),
  ];

  it('orders by score, ties by id, and applies limit, minScore, the cluster filter and the members to leave out', () => {
    const ranked = rankProgrammeCandidates(profile, members, { limit: 10 });
    expect(ranked.map((match) => [match.organisationId, match.score])).toEqual([
      ['other-cluster', 13],
      ['a-offering', 11],
      ['b-offering', 11],
      ['sector-only', 3],
    ]);
    expect(ranked[1]).toMatchObject({ name: 'Organisation a-offering' });
    expect(rankProgrammeCandidates(profile, members, { limit: 2 }).map((match) => match.organisationId)).toEqual(['other-cluster', 'a-offering']);
    expect(rankProgrammeCandidates(profile, members, { limit: 10, minScore: 11.5 }).map((match) => match.organisationId)).toEqual(['other-cluster']);
    expect(rankProgrammeCandidates(profile, members, { limit: 10, clusterId: 'clean' }).map((match) => match.organisationId)).toEqual(['a-offering', 'b-offering', 'sector-only']);
    expect(rankProgrammeCandidates(profile, members, { limit: 2, leaveOut: new Set(['other-cluster']) }).map((match) => match.organisationId)).toEqual(['a-offering', 'b-offering']);
  });

  it('ranks only while the call is open, and says why not otherwise', () => {
    const now = Date.parse('2027-02-01T00:00:00.000Z');
    const window = { opensAt: '2027-01-15T00:00:00.000Z', closesAt: '2027-03-31T17:00:00.000Z' };
    expect(callWindowPhase(window, Date.parse(window.opensAt) - 1)).toBe('upcoming');
    expect(callWindowPhase(window, Date.parse(window.opensAt))).toBe('open');
    expect(callWindowPhase(window, Date.parse(window.closesAt) - 1)).toBe('open');
    expect(callWindowPhase(window, Date.parse(window.closesAt))).toBe('closed');

    const open = suggestForProgramme({ ...programme, callWindow: window }, members, { limit: 1 }, now);
    expect(open).toEqual({ phase: 'open', items: [expect.objectContaining({ organisationId: 'other-cluster' })] });
    expect(suggestForProgramme({ ...programme, callWindow: window }, members, { limit: 10 }, Date.parse(window.closesAt))).toEqual({
      phase: 'closed',
      items: [],
      notRankedBecause: 'the call closed at 2027-03-31T17:00:00.000Z',
    });
    expect(suggestForProgramme({ ...programme, callWindow: window }, members, { limit: 10 }, Date.parse('2027-01-01T00:00:00.000Z'))).toEqual({
      phase: 'upcoming',
      items: [],
      notRankedBecause: 'the call opens at 2027-01-15T00:00:00.000Z',
    });
  });
});
