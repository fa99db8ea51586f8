import { Module } from '@nestjs/common';
import { DeliveryConfigModule } from '../notifications/delivery-config.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { WebhookTargetModule } from './target/webhook-target.module';
import { WebhookDeliveryRepository } from './persistence/webhook-delivery.repository';
import { WebhookDeliveryMetrics } from './webhook-delivery-metrics';
import { WebhookWorker } from './webhook-worker';
import { WebhooksController } from './http/webhooks.controller';

@Module({
  imports: [DeliveryConfigModule, SubscriptionsModule, WebhookTargetModule],
  controllers: [WebhooksController],
  providers: [WebhookDeliveryRepository, WebhookDeliveryMetrics, WebhookWorker],
  // The notification dispatcher schedules deliveries and wakes the worker.
  exports: [WebhookDeliveryRepository, WebhookWorker],
})
export class WebhooksModule {}
