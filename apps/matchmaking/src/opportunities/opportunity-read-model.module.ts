import { Module } from '@nestjs/common';
import { OpportunityChanges } from './consumer/opportunity-changes';
import { OpportunityConsumer } from './consumer/opportunity.consumer';
import { OpportunityEventHandlers } from './consumer/opportunity-event.handlers';
import { MatchmakingOpportunityRepository } from './persistence/matchmaking-opportunity.repository';

/** Matchmaking's read model of opportunities: the latest snapshot of each, from opportunity events. */
@Module({
  providers: [MatchmakingOpportunityRepository, OpportunityEventHandlers, OpportunityConsumer, OpportunityChanges],
  exports: [MatchmakingOpportunityRepository, OpportunityChanges],
})
export class OpportunityReadModelModule {}
