import {
  OpportunityPublished,
  type CloudEvent,
  type OpportunityMatchesSuggestedV1,
  type OpportunityPublishedV1,
} from '@icn/contracts';
import { OnEvent } from '@icn/messaging';
import { CONFIG, LOGGER } from '@icn/platform';
import { Controller, Inject } from '@nestjs/common';
import type { Logger } from 'pino';
import { MatchingService } from '../../matches/matching.service';
import type { MatchmakingConfig } from '../../matchmaking.config';
import { MatchmakingOpportunityRepository } from '../../opportunities/persistence/matchmaking-opportunity.repository';
import { decideSuggestion } from '../domain/suggestion-policy';
import { toMatchReason } from '../domain/to-match-reason';
import { OpportunitySuggestionAggregate } from '../persistence/opportunity-suggestion.aggregate';
import { OpportunitySuggestionRepository } from '../persistence/opportunity-suggestion.repository';
import { SUGGESTIONS_GROUP } from './opportunity-suggestion.consumer';

/**
 * For each newly published opportunity: rank the organisations (the index already holds every
 * organisation this replica has applied), keep those at or above SUGGESTION_MIN_SCORE, at most
 * SUGGESTION_LIMIT, and publish them once as OpportunityMatchesSuggested through the write path.
 * The opportunity comes from the event itself, so this does not wait for the read model's own
 * consumer; the read model is only asked whether the opportunity has ended since. A controller of
 * the event transport, without routes.
 */
@Controller()
export class OpportunitySuggestionHandlers {
  constructor(
    private readonly matching: MatchingService,
    private readonly opportunities: MatchmakingOpportunityRepository,
    private readonly suggestions: OpportunitySuggestionRepository,
    private readonly records: OpportunitySuggestionAggregate,
    @Inject(CONFIG) private readonly config: MatchmakingConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @OnEvent(OpportunityPublished, { group: SUGGESTIONS_GROUP })
  async suggest(event: CloudEvent<OpportunityPublishedV1>): Promise<void> {
    const { opportunity } = event.data;
    const opportunityId = opportunity.opportunityId;
    // A redelivered publication whose suggestions were made: nothing to rank again.
    if (await this.suggestions.exists(opportunityId)) return;
    const current = await this.opportunities.findById(opportunityId);
    const decision = decideSuggestion(opportunity, current?.opportunity.status, new Date());
    if (!decision.suggest) {
      this.logger.info({ opportunityId, reason: decision.reason }, 'no suggestions for this publication');
      return;
    }
    const { SUGGESTION_LIMIT: limit, SUGGESTION_MIN_SCORE: minScore } = this.config;
    const matches = this.matching.organisationsForSnapshot(opportunity, { limit, minScore });
    // Nothing above the threshold: nobody to recommend it to, so no event (and no record: a
    // redelivery ranks again, against possibly more organisations, which is harmless).
    if (matches.length === 0) return;
    const data: OpportunityMatchesSuggestedV1 = {
      opportunity,
      suggestions: matches.map((match, index) => ({
        organisationId: match.organisationId,
        name: match.name,
        rank: index + 1,
        score: match.score,
        reasons: match.reasons.map(toMatchReason),
      })),
      minScore,
      limit,
      causedByEventId: event.id,
    };
    // One suggestion event per opportunity: a duplicate (another replica first) is already done.
    await this.records.recordOnce(
      { opportunityId, causedByEventId: event.id, organisationIds: matches.map((match) => match.organisationId), minScore, suggestedAt: new Date().toISOString() },
      data,
    );
  }
}
