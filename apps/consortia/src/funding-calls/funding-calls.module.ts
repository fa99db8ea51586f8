import { Module } from '@nestjs/common';
import { fundingCallConsumerGroup } from './consumer/funding-call.consumer';
import { FundingCallEventHandlers } from './consumer/funding-call-event.handlers';
import { FundingCallsController } from './http/funding-calls.controller';
import { FundingCallRepository } from './persistence/funding-call.repository';

/** Consortia's read model of `funding-call` opportunities, from the opportunity topic. */
@Module({
  controllers: [FundingCallsController, FundingCallEventHandlers],
  providers: [FundingCallRepository, fundingCallConsumerGroup],
  exports: [FundingCallRepository],
})
export class FundingCallsModule {}
