import { Module } from '@nestjs/common';
import { MatchesModule } from '../matches/matches.module';
import { OpportunityReadModelModule } from '../opportunities/opportunity-read-model.module';
import { opportunitySuggestionConsumerGroup } from './consumer/opportunity-suggestion.consumer';
import { OpportunitySuggestionHandlers } from './consumer/opportunity-suggestion.handlers';
import { OpportunitySuggestionAggregate } from './persistence/opportunity-suggestion.aggregate';
import { OpportunitySuggestionRepository } from './persistence/opportunity-suggestion.repository';

/**
 * Suggestions for newly published opportunities: ranks them with the matching index and publishes
 * the best matches on icn.matchmaking.suggestion.v1, which the opportunities service turns into
 * "recommended" notifications on the organisations' streams.
 */
@Module({
  imports: [MatchesModule, OpportunityReadModelModule],
  controllers: [OpportunitySuggestionHandlers],
  providers: [OpportunitySuggestionRepository, OpportunitySuggestionAggregate, opportunitySuggestionConsumerGroup],
})
export class SuggestionsModule {}
