import { Module } from '@nestjs/common';
import { MatchesModule } from '../matches/matches.module';
import { partnerSearchConsumerGroup } from './consumer/partner-search.consumer';
import { PartnerSearchHandlers } from './consumer/partner-search.handlers';
import { PartnerSuggestionAggregate } from './persistence/partner-suggestion.aggregate';
import { PartnerSuggestionRepository } from './persistence/partner-suggestion.repository';

/**
 * Partner suggestions for consortia: answers each PartnerSuggestionsRequested (icn.consortia.partner-search.v1)
 * with candidates from the matching index, published once on icn.matchmaking.partner-suggestion.v1.
 */
@Module({
  imports: [MatchesModule],
  controllers: [PartnerSearchHandlers],
  providers: [PartnerSuggestionRepository, PartnerSuggestionAggregate, partnerSearchConsumerGroup],
})
export class PartnerSearchModule {}
