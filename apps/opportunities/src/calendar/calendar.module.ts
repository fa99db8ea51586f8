import { Module } from '@nestjs/common';
import { DeliveryConfigModule } from '../notifications/delivery-config.module';
import { FollowsModule } from '../reminders/follows.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { CalendarController } from './http/calendar.controller';

@Module({
  imports: [DeliveryConfigModule, FollowsModule, SubscriptionsModule],
  controllers: [CalendarController],
})
export class CalendarModule {}
