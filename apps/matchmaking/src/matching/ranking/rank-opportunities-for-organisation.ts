import { canViewOpportunity } from '@icn/platform';
import { isEligibleFor, isOpenAt } from '../eligibility';
import type { OpportunityMatch } from '../match-explanation';
import type { OpportunityProfile, OrganisationProfile } from '../matching-profile';
import { MAX_FEEDBACK_FACTOR, scoreWithFeedback, trackRecordFactor } from '../outcome-feedback';
import { explainOpportunityMatch, opportunityBaseScore, targetingScore } from '../score-opportunity-match';
import { TopK } from '../top-k';
import type { CandidateHits } from '../indexing/candidate-hits';
import type { OpportunityStore } from '../indexing/opportunity-store';
import { mustExplain, type RankingContext } from './ranking-context';

/**
 * Organisation -> open opportunities: the opportunity -> organisation score read the other way
 * round, so an organisation sees an opportunity with the score the opportunity sees it with.
 */
export function rankOpportunitiesForOrganisation(
  store: OpportunityStore,
  hits: CandidateHits,
  organisation: OrganisationProfile,
  context: RankingContext,
): OpportunityMatch[] {
  if (organisation.status !== 'active') return [];
  hits.ensureCapacity(store.profiles.capacity);
  try {
    for (const sector of organisation.sectors) for (const slot of store.sectors.slotsOf(sector)) hits.hitSector(slot);
    for (const technology of organisation.technologies) for (const slot of store.technologies.slotsOf(technology)) hits.hitTechnology(slot);

    const history = context.history;
    const trackRecord = trackRecordFactor(history.trackRecord(organisation.organisationId));
    // The history is symmetric: the organisation's outcomes with each publisher, read once.
    const outcomes = history.latestOutcomesWith(organisation.organisationId);
    const top = new TopK<OpportunityProfile>(context.limit);
    for (const slot of hits.touched) {
      const opportunity = store.profiles.at(slot);
      const base = opportunityBaseScore(hits.sectors(slot), hits.technologies(slot), targetingScore(opportunity));
      if (base * MAX_FEEDBACK_FACTOR < top.entryScore) continue;
      if (!isOpenAt(opportunity, context.nowMs) || !isEligibleFor(opportunity, organisation)) continue;
      // The organisation may see it (eligibility); so must whoever asks about the organisation.
      if (context.viewer !== undefined && !canViewOpportunity(context.viewer, opportunity)) continue;
      const id = opportunity.opportunityId;
      const publisherId = opportunity.publisherOrganisationId;
      const score = scoreWithFeedback(base, trackRecord, publisherId === undefined ? undefined : outcomes?.get(publisherId));
      if (score >= context.minScore && top.admits(score, id)) top.offer({ id, score, item: opportunity });
    }

    return top.sorted().map(({ item: opportunity }) => {
      const explained = mustExplain(explainOpportunityMatch(opportunity, organisation, history), `opportunity ${opportunity.opportunityId}`);
      return { opportunityId: opportunity.opportunityId, title: opportunity.title, score: explained.score, reasons: explained.reasons };
    });
  } finally {
    hits.reset();
  }
}
