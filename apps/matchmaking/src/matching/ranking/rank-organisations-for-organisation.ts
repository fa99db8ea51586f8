import { MAX_HELIX_SCORE } from '../helix-complementarity';
import type { CandidateHits } from '../indexing/candidate-hits';
import type { OrganisationStore } from '../indexing/organisation-store';
import type { OrganisationMatch } from '../match-explanation';
import type { OrganisationProfile } from '../matching-profile';
import { MATCHING_WEIGHTS as W } from '../matching-weights';
import { MAX_FEEDBACK_FACTOR, scoreWithFeedback, trackRecordFactor } from '../outcome-feedback';
import { countryNamedInNeedCount, explainOrganisationMatch, inCanonicalOrder, organisationBaseScore } from '../score-organisation-match';
import { TopK } from '../top-k';
import { SOURCE_NEEDS, SOURCE_OFFERS, type OfferNeedAccumulator } from './offer-need-accumulator';
import { mustExplain, type RankingContext } from './ranking-context';

/** Scratch state of organisation rankings, reused from one call to the next. */
export interface OrganisationRankingScratch {
  hits: CandidateHits;
  offerNeeds: OfferNeedAccumulator;
}

/**
 * Organisation -> organisations. Candidates share a sector or technology (counted from the
 * postings), an offer/need pair at or above the similarity threshold (scored term at a time by the
 * accumulator), or a country one names in a need (flagged). The source must be active; the store
 * indexes only active organisations, so candidates are too.
 */
export function rankOrganisationsForOrganisation(
  store: OrganisationStore,
  scratch: OrganisationRankingScratch,
  source: OrganisationProfile,
  context: RankingContext,
): OrganisationMatch[] {
  if (source.status !== 'active') return [];
  const { hits, offerNeeds } = scratch;
  hits.ensureCapacity(store.profiles.capacity);
  offerNeeds.ensureCapacity(store.profiles.capacity, Math.max(store.offers.capacity, store.needs.capacity));
  try {
    collectCandidates(store, scratch, source);
    const history = context.history;
    const sourceTrackRecord = trackRecordFactor(history.trackRecord(source.organisationId));
    const sourceOutcomes = history.latestOutcomesWith(source.organisationId);
    const top = new TopK<OrganisationProfile>(context.limit);
    for (const slot of hits.touched) {
      const sectors = hits.sectors(slot);
      const technologies = hits.technologies(slot);
      const sharesCountry = hits.sharesCountry(slot);
      const sharesText = hits.sharesText(slot);
      const sourceOffers = sharesText ? offerNeeds.score(slot, SOURCE_OFFERS) : 0;
      const sourceNeeds = sharesText ? offerNeeds.score(slot, SOURCE_NEEDS) : 0;
      // The best this candidate could score, from the counters alone: most are dropped here. Summed
      // in organisationBaseScore's order with each unknown at its maximum, so it is never below it.
      const bound =
        sectors * W.sharedSector + technologies * W.sharedTechnology + (sourceOffers + sourceNeeds) + (sharesCountry ? 2 * W.countryNamedInNeed : 0) + MAX_HELIX_SCORE;
      if (bound * MAX_FEEDBACK_FACTOR < top.entryScore) continue;

      const candidate = store.profiles.at(slot);
      const id = candidate.organisationId;
      if (id === source.organisationId) continue;
      const [left, right] = inCanonicalOrder(source, candidate);
      // The explainer adds left's offers -> right's needs first, then the reverse.
      const offerNeed = left === source ? sourceOffers + sourceNeeds : sourceNeeds + sourceOffers;
      const countries = sharesCountry ? (countryNamedInNeedCount(left, right) + countryNamedInNeedCount(right, left)) * W.countryNamedInNeed : 0;
      const base = organisationBaseScore(left, right, sectors, technologies, offerNeed, countries);
      const candidateTrackRecord = trackRecordFactor(history.trackRecord(id));
      const trackRecord = left === source ? (sourceTrackRecord + candidateTrackRecord) / 2 : (candidateTrackRecord + sourceTrackRecord) / 2;
      const score = scoreWithFeedback(base, trackRecord, sourceOutcomes?.get(id));
      if (score >= context.minScore && top.admits(score, id)) top.offer({ id, score, item: candidate });
    }

    return top.sorted().map(({ item: candidate }) => {
      const explained = mustExplain(explainOrganisationMatch(source, candidate, history), `organisation ${candidate.organisationId}`);
      return { organisationId: candidate.organisationId, name: candidate.name, score: explained.score, reasons: explained.reasons };
    });
  } finally {
    hits.reset();
    offerNeeds.reset();
  }
}

/**
 * Touches every candidate with something in common. A slot touched only through a shared word
 * that makes no pair is not touched at all: the accumulator reports only pairs over the threshold.
 */
function collectCandidates(store: OrganisationStore, { hits, offerNeeds }: OrganisationRankingScratch, source: OrganisationProfile): void {
  for (const sector of source.sectors) for (const slot of store.sectors.slotsOf(sector)) hits.hitSector(slot);
  for (const technology of source.technologies) for (const slot of store.technologies.slotsOf(technology)) hits.hitTechnology(slot);
  offerNeeds.collectOffersAnswering(source.needs, store.offers);
  offerNeeds.collectNeedsAnsweredBy(source.offers, store.needs);
  for (const slot of offerNeeds.slots) hits.hitText(slot);
  for (const named of source.countriesInNeeds) for (const slot of store.countries.slotsOf(named.country)) hits.hitCountry(slot);
  for (const slot of store.countriesInNeeds.slotsOf(source.country)) hits.hitCountry(slot);
}
