import { Module } from '@nestjs/common';
import { directoryConsumerGroup } from './consumer/directory.consumer';
import { DirectoryEventHandlers } from './consumer/directory-event.handlers';
import { ConsortiaDirectory } from './persistence/consortia-directory.repository';

/** Consortia's read model of clusters and member organisations, from membership's events. */
@Module({
  controllers: [DirectoryEventHandlers],
  providers: [ConsortiaDirectory, directoryConsumerGroup],
  exports: [ConsortiaDirectory],
})
export class DirectoryModule {}
