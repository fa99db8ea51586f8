import { Module } from '@nestjs/common';
import { DELIVERY_CONFIG, loadDeliveryConfig } from './delivery.config';

/** Validates the delivery settings once at start-up (a bad value stops the service with its name). */
@Module({
  providers: [{ provide: DELIVERY_CONFIG, useFactory: () => loadDeliveryConfig() }],
  exports: [DELIVERY_CONFIG],
})
export class DeliveryConfigModule {}
