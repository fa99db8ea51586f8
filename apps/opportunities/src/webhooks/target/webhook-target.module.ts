import { Module } from '@nestjs/common';
import { DeliveryConfigModule } from '../../notifications/delivery-config.module';
import { DELIVERY_CONFIG, type DeliveryConfig } from '../../notifications/delivery.config';
import { dnsServersHostResolver, HOST_RESOLVER, systemHostResolver } from './host-resolver';
import { WebhookTargetGuard } from './webhook-target.guard';

/** The webhook target rule, shared by registration (subscriptions) and delivery (the worker). */
@Module({
  imports: [DeliveryConfigModule],
  providers: [
    {
      provide: HOST_RESOLVER,
      inject: [DELIVERY_CONFIG],
      useFactory: (config: DeliveryConfig) =>
        config.WEBHOOK_DNS_SERVERS.length > 0 ? dnsServersHostResolver(config.WEBHOOK_DNS_SERVERS, config.WEBHOOK_TIMEOUT_MS) : systemHostResolver(),
    },
    WebhookTargetGuard,
  ],
  exports: [WebhookTargetGuard],
})
export class WebhookTargetModule {}
