import { Module } from '@nestjs/common';
import { ConsortiaModule } from '../consortia/consortia.module';
import { FundingCallsModule } from '../funding-calls/funding-calls.module';
import { partnerProposalConsumerGroup } from './consumer/partner-proposal.consumer';
import { PartnerProposalHandlers } from './consumer/partner-proposal.handlers';
import { PartnerSearchController } from './http/partner-search.controller';
import { PartnerSearchService } from './partner-search.service';
import { partnerSearchAggregateProvider } from './persistence/partner-search.aggregate';
import { PartnerSearchRepository } from './persistence/partner-search.repository';

/**
 * Partner suggestions for consortia: requests on icn.consortia.partner-search.v1 (the write path, ADR 12), proposals
 * from icn.matchmaking.partner-suggestion.v1 (own consumer group), the candidates and the builder.
 */
@Module({
  imports: [ConsortiaModule, FundingCallsModule],
  controllers: [PartnerSearchController, PartnerProposalHandlers],
  providers: [PartnerSearchRepository, partnerSearchAggregateProvider, PartnerSearchService, partnerProposalConsumerGroup],
})
export class PartnerSearchModule {}
