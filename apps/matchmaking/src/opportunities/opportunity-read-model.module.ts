import { Module } from '@nestjs/common';
import { OpportunityChanges } from './consumer/opportunity-changes';
import { opportunityConsumerGroup } from './consumer/opportunity.consumer';
import { OpportunityEventHandlers } from './consumer/opportunity-event.handlers';
import { MatchmakingOpportunityRepository } from './persistence/matchmaking-opportunity.repository';

/** Matchmaking's read model of opportunities: the latest snapshot of each, from opportunity events. */
@Module({
  controllers: [OpportunityEventHandlers],
  providers: [MatchmakingOpportunityRepository, opportunityConsumerGroup, OpportunityChanges],
  exports: [MatchmakingOpportunityRepository, OpportunityChanges],
})
export class OpportunityReadModelModule {}
