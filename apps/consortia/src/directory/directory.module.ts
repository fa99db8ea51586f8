import { Module } from '@nestjs/common';
import { DirectoryConsumer } from './consumer/directory.consumer';
import { DirectoryEventHandlers } from './consumer/directory-event.handlers';
import { ConsortiaDirectory } from './persistence/consortia-directory.repository';

/** Consortia's read model of clusters and member organisations, from membership's events. */
@Module({
  providers: [ConsortiaDirectory, DirectoryEventHandlers, DirectoryConsumer],
  exports: [ConsortiaDirectory],
})
export class DirectoryModule {}
