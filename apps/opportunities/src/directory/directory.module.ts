import { Module } from '@nestjs/common';
import { DirectoryConsumer } from './directory.consumer';
import { DirectoryEventHandlers } from './directory-event.handlers';
import { MembershipDirectory } from './membership-directory';

/** Clusters and organisations as membership publishes them (consumer group opportunities.membership). */
@Module({
  providers: [MembershipDirectory, DirectoryEventHandlers, DirectoryConsumer],
  exports: [MembershipDirectory],
})
export class DirectoryModule {}
