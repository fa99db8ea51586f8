import { Module } from '@nestjs/common';
import { directoryConsumerGroup } from './consumer/directory.consumer';
import { DirectoryEventHandlers } from './consumer/directory-event.handlers';
import { NetworkDirectory } from './persistence/network-directory.repository';

/** Network's read model of clusters and member organisations, from membership's events. */
@Module({
  controllers: [DirectoryEventHandlers],
  providers: [NetworkDirectory, directoryConsumerGroup],
  exports: [NetworkDirectory],
})
export class DirectoryModule {}
