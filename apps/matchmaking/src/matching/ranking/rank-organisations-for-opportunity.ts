import { isOpenAt } from '../eligibility';
import type { OrganisationMatch } from '../match-explanation';
import type { OpportunityProfile, OrganisationProfile } from '../matching-profile';
import { MAX_FEEDBACK_FACTOR, scoreWithFeedback, trackRecordFactor } from '../outcome-feedback';
import { explainOpportunityMatch, opportunityBaseScore, targetingScore } from '../score-opportunity-match';
import { TopK } from '../top-k';
import type { CandidateHits } from '../indexing/candidate-hits';
import type { OrganisationStore } from '../indexing/organisation-store';
import { mustExplain, type RankingContext } from './ranking-context';

/**
 * Opportunity -> organisations. Candidates are the organisations sharing a sector or a technology
 * with the opportunity (read from the inverted indexes, counted per slot); each is filtered, scored
 * with the counts, and offered to a top-K heap; only the winners are explained.
 */
export function rankOrganisationsForOpportunity(
  store: OrganisationStore,
  hits: CandidateHits,
  opportunity: OpportunityProfile,
  context: RankingContext,
): OrganisationMatch[] {
  if (!isOpenAt(opportunity, context.nowMs)) return [];
  hits.ensureCapacity(store.profiles.capacity);
  try {
    for (const sector of opportunity.sectors) for (const slot of store.sectors.slotsOf(sector)) hits.hitSector(slot);
    for (const technology of opportunity.technologies) for (const slot of store.technologies.slotsOf(technology)) hits.hitTechnology(slot);

    const targeting = targetingScore(opportunity);
    const publisherId = opportunity.publisherOrganisationId;
    const publisherOutcomes = publisherId === undefined ? undefined : context.history.latestOutcomesWith(publisherId);
    // The hard filters of isEligibleFor, read from typed arrays (see SlotAttributes); the random
    // tests against the brute-force reference hold the two equal.
    const eligible = store.attributes.filterFor(opportunity, publisherId === undefined ? undefined : store.profiles.slotOf(publisherId));
    const top = new TopK<OrganisationProfile>(context.limit);
    for (const slot of hits.touched) {
      const base = opportunityBaseScore(hits.sectors(slot), hits.technologies(slot), targeting);
      // Most candidates share only a popular sector: they are dropped here, on two counters.
      if (base * MAX_FEEDBACK_FACTOR < top.entryScore || !eligible.admits(slot)) continue;
      const organisation = store.profiles.at(slot);
      const id = organisation.organisationId;
      const score = scoreWithFeedback(base, trackRecordFactor(context.history.trackRecord(id)), publisherOutcomes?.get(id));
      if (score >= context.minScore && top.admits(score, id)) top.offer({ id, score, item: organisation });
    }

    return top.sorted().map(({ item: organisation }) => {
      const explained = mustExplain(explainOpportunityMatch(opportunity, organisation, context.history), `organisation ${organisation.organisationId}`);
      return { organisationId: organisation.organisationId, name: organisation.name, score: explained.score, reasons: explained.reasons };
    });
  } finally {
    hits.reset();
  }
}
