import { Module } from '@nestjs/common';
import { AggregateWriter } from './aggregate-writer';
import { EventOutbox } from './event-outbox';

/** The write path every area shares: outbox entries, the per-aggregate lock and version-guarded writes. */
@Module({
  providers: [EventOutbox, AggregateWriter],
  exports: [AggregateWriter],
})
export class CommonModule {}
