import { Module } from '@nestjs/common';
import { DeliveryConfigModule } from '../notifications/delivery-config.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { FollowsModule } from '../reminders/follows.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { networkProgrammesConsumerGroup } from './consumer/network-programmes.consumer';
import { NetworkProgrammeHandlers } from './consumer/network-programme.handlers';
import { PartnerProgrammeRepository } from './persistence/partner-programme.repository';
import { ProgrammeNotifier } from './programme-notifier';
import { ProgrammeWindowScheduler } from './programme-window.scheduler';

/** The network's partner programmes -> `partner-programme` notifications through the same fan-out as opportunities (ADR 23). */
@Module({
  imports: [DeliveryConfigModule, SubscriptionsModule, FollowsModule, NotificationsModule],
  controllers: [NetworkProgrammeHandlers],
  providers: [networkProgrammesConsumerGroup, PartnerProgrammeRepository, ProgrammeNotifier, ProgrammeWindowScheduler],
  exports: [ProgrammeWindowScheduler],
})
export class ProgrammesModule {}
