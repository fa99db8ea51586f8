import { Module } from '@nestjs/common';
import { FundingCallConsumer } from './consumer/funding-call.consumer';
import { FundingCallEventHandlers } from './consumer/funding-call-event.handlers';
import { FundingCallsController } from './http/funding-calls.controller';
import { FundingCallRepository } from './persistence/funding-call.repository';

/** Consortia's read model of `funding-call` opportunities, from the opportunity topic. */
@Module({
  controllers: [FundingCallsController],
  providers: [FundingCallRepository, FundingCallEventHandlers, FundingCallConsumer],
  exports: [FundingCallRepository],
})
export class FundingCallsModule {}
