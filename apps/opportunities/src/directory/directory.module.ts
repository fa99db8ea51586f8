import { Module } from '@nestjs/common';
import { directoryConsumerGroup } from './consumer/directory.consumer';
import { DirectoryEventHandlers } from './consumer/directory-event.handlers';
import { MembershipDirectory } from './persistence/membership-directory';

/** Clusters and organisations as membership publishes them (consumer group opportunities.membership). */
@Module({
  controllers: [DirectoryEventHandlers],
  providers: [MembershipDirectory, directoryConsumerGroup],
  exports: [MembershipDirectory],
})
export class DirectoryModule {}
