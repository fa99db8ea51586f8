import { InMemoryIntroductionHistory } from './in-memory-introduction-history';
import { INTRODUCTION_OUTCOMES } from './introduction-history';
import type { OpportunityMatch, OrganisationMatch } from './match-explanation';
import { MatchingIndex } from './matching-index';
import { toOpportunityProfile, toOrganisationProfile, type OpportunityMatchingInput, type OrganisationMatchingInput } from './matching-profile';
import {
  referenceOpportunitiesForOrganisation,
  referenceOrganisationsForOpportunity,
  referenceOrganisationsForOrganisation,
  type ReferenceMatch,
} from './testing/brute-force-ranking';
import { TEST_NOW } from './testing/matching-inputs.fixtures';
import { SeededRandom } from './testing/seeded-random';
import { SyntheticNetwork } from './testing/synthetic-network';

/**
 * The index (inverted indexes, counters, top-K heap) against the obvious reference (score every
 * pair, sort everything, cut) on seeded random networks: same ids, scores and explanations.
 */
const asReference = (matches: readonly (OrganisationMatch | OpportunityMatch)[] | undefined): ReferenceMatch[] =>
  (matches ?? []).map((match) => ({ id: 'organisationId' in match ? match.organisationId : match.opportunityId, score: match.score, reasons: match.reasons }));

/**
 * Introductions between pairs that do match (found with a history-free index), so feedback changes
 * real rankings, plus random ones between arbitrary members.
 */
function randomHistory(
  random: SeededRandom,
  organisations: readonly OrganisationMatchingInput[],
  opportunities: readonly OpportunityMatchingInput[],
): InMemoryIntroductionHistory {
  const plain = new MatchingIndex({ clock: () => TEST_NOW });
  for (const organisation of organisations) plain.upsertOrganisation(organisation);
  const pairs: [string, string][] = [];
  for (const source of organisations.slice(0, 25)) {
    for (const match of plain.rankOrganisationsForOrganisation(source.organisationId, { limit: 15 }) ?? []) pairs.push([source.organisationId, match.organisationId]);
  }
  for (const opportunity of opportunities) {
    const publisherId = opportunity.publisher.organisationId;
    if (publisherId === undefined) continue;
    for (const match of plain.rankOrganisationsForOpportunity(opportunity, { limit: 10 })) pairs.push([publisherId, match.organisationId]);
  }
  for (let index = 0; index < 400; index += 1) pairs.push([random.pick(organisations).organisationId, random.pick(organisations).organisationId]);

  const history = new InMemoryIntroductionHistory();
  pairs.forEach(([a, b], index) => {
    if (a !== b && random.chance(0.3)) {
      history.record({ introductionId: `i${index}`, organisationIds: [a, b], outcome: random.pick(INTRODUCTION_OUTCOMES), recordedAt: random.int(0, 50) });
    }
  });
  return history;
}

describe('MatchingIndex against a brute-force full sort (seeded random networks)', () => {
  const random = new SeededRandom(20260301);
  const network = new SyntheticNetwork(random);
  const organisations = network.organisations(1500);
  const opportunities: OpportunityMatchingInput[] = Array.from({ length: 120 }, (_, index) => network.opportunity(index, organisations, TEST_NOW));
  const history = randomHistory(random, organisations, opportunities);
  const index = new MatchingIndex({ history, clock: () => TEST_NOW });
  for (const organisation of organisations) index.upsertOrganisation(organisation);
  for (const opportunity of opportunities) index.upsertOpportunity(opportunity);
  const profiles = () => organisations.map((organisation) => toOrganisationProfile(organisation));
  const options = (limit: number, minScore = 0) => ({ nowMs: TEST_NOW, history, limit, minScore });

  it('exercises every rule (so agreement below is not vacuous)', () => {
    const reasons = [
      ...opportunities.flatMap((opportunity) => index.rankOrganisationsForOpportunity(opportunity, { limit: 50 })),
      ...organisations.slice(0, 25).flatMap((source) => index.rankOrganisationsForOrganisation(source.organisationId, { limit: 15 }) ?? []),
    ].flatMap((match) => match.reasons);
    const rules = new Set(reasons.map((reason) => ('rule' in reason ? `${reason.kind}:${reason.rule}` : reason.kind)));
    expect([...rules].sort()).toEqual([
      'cluster:targeted-cluster',
      'country:country-named-in-need',
      'country:targeted-country',
      'helix:company-size-complementarity',
      'helix:helix-complementarity',
      'helix:targeted-helix-type',
      'offer-need',
      'outcome-feedback:previous-introduction',
      'outcome-feedback:track-record',
      'sector',
      'technology',
    ]);
  });

  it.each([
    [10, 0],
    [50, 0],
    [25, 8],
  ])('opportunity -> organisations, limit %i, minScore %i', (limit, minScore) => {
    const all = profiles();
    for (const opportunity of opportunities.slice(0, 60)) {
      expect(asReference(index.rankOrganisationsForOpportunity(opportunity, { limit, minScore }))).toEqual(
        referenceOrganisationsForOpportunity(toOpportunityProfile(opportunity), all, options(limit, minScore)),
      );
    }
  });

  it('organisation -> organisations', () => {
    const all = profiles();
    for (const source of all.slice(0, 25)) {
      expect(asReference(index.rankOrganisationsForOrganisation(source.organisationId, { limit: 15 }))).toEqual(
        referenceOrganisationsForOrganisation(source, all, options(15)),
      );
    }
  });

  it('organisation -> opportunities', () => {
    const all = opportunities.map(toOpportunityProfile);
    for (const organisation of profiles().slice(0, 60)) {
      expect(asReference(index.rankOpportunitiesForOrganisation(organisation.organisationId, { limit: 10 }))).toEqual(
        referenceOpportunitiesForOrganisation(organisation, all, options(10)),
      );
    }
  });

  it('does not depend on the order organisations and opportunities arrived in', () => {
    const shuffled = new MatchingIndex({ history, clock: () => TEST_NOW });
    for (const opportunity of random.shuffled(opportunities)) shuffled.upsertOpportunity(opportunity);
    for (const organisation of random.shuffled(organisations)) shuffled.upsertOrganisation(organisation);
    for (const opportunity of opportunities.slice(0, 20)) {
      expect(shuffled.rankOrganisationsForOpportunity(opportunity)).toEqual(index.rankOrganisationsForOpportunity(opportunity));
    }
    for (const source of organisations.slice(0, 20)) {
      expect(shuffled.rankOrganisationsForOrganisation(source.organisationId)).toEqual(index.rankOrganisationsForOrganisation(source.organisationId));
      expect(shuffled.rankOpportunitiesForOrganisation(source.organisationId)).toEqual(index.rankOpportunitiesForOrganisation(source.organisationId));
    }
  });

  it('still agrees after a churn of upserts and removals', () => {
    const current = new Map(organisations.map((organisation) => [organisation.organisationId, organisation]));
    const ids = [...current.keys()];
    for (let step = 0; step < 600; step += 1) {
      const id = random.pick(ids);
      const draw = random.next();
      if (draw < 0.3) {
        index.removeOrganisation(id);
        current.delete(id);
      } else {
        // A changed profile under the same id (or the organisation back after a removal).
        const changed = { ...network.organisation(step), organisationId: id };
        index.upsertOrganisation(changed);
        current.set(id, changed);
      }
    }
    const all = [...current.values()].map((organisation) => toOrganisationProfile(organisation));
    expect(index.organisationCount).toBe(current.size);
    for (const opportunity of opportunities.slice(60, 100)) {
      expect(asReference(index.rankOrganisationsForOpportunity(opportunity, { limit: 20 }))).toEqual(
        referenceOrganisationsForOpportunity(toOpportunityProfile(opportunity), all, options(20)),
      );
    }
    for (const source of all.slice(0, 15)) {
      expect(asReference(index.rankOrganisationsForOrganisation(source.organisationId, { limit: 20 }))).toEqual(
        referenceOrganisationsForOrganisation(source, all, options(20)),
      );
    }
  });
});
