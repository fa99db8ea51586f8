import { Module } from '@nestjs/common';
import { FeedRepository } from './persistence/feed.repository';

/** The durable per-subscription feeds, shared by the pipeline (writes), streams and reminders. */
@Module({
  providers: [FeedRepository],
  exports: [FeedRepository],
})
export class FeedModule {}
