import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module';
import { NetworkEventsController } from './http/network-events.controller';
import { NetworkEventsService } from './network-events.service';
import { networkEventAggregateProvider } from './persistence/network-event.aggregate';
import { NetworkEventRepository } from './persistence/network-event.repository';

/** Network events on icn.network.network-event.v1 (the write path, ADR 12): scheduling, registration with a waiting list, attendance, calendars. */
@Module({
  imports: [DirectoryModule],
  controllers: [NetworkEventsController],
  providers: [NetworkEventRepository, networkEventAggregateProvider, NetworkEventsService],
})
export class NetworkEventsModule {}
