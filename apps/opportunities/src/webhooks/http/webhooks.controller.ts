import { CurrentPrincipal, Roles, UuidV4Param, type Principal } from '@icn/platform';
import { Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NOTIFICATION_ID_PATTERN } from '@icn/contracts';
import { SubscriptionResponse } from '../../subscriptions/http/dto/subscription.response';
import { toSubscriptionView } from '../../subscriptions/http/subscription-view';
import { SubscriptionsService } from '../../subscriptions/http/subscriptions.service';
import { DeliveryPageResponse, DeliveryResponse, toDeliveryResponse } from './dto/delivery.response';
import { ListDeliveriesQuery } from './dto/list-deliveries.query';
import { WebhookDeliveryRepository } from '../persistence/webhook-delivery.repository';
import { WebhookWorker } from '../webhook-worker';

/** The webhook channel of a subscription: delivery log, manual redelivery, re-enabling, secret rotation. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Roles('network-admin', 'cluster-manager', 'member')
@Controller('subscriptions/:subscriptionId/webhook')
export class WebhooksController {
  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly worker: WebhookWorker,
  ) {}

  @Get('deliveries')
  @ApiOperation({ summary: 'Delivery log, newest first (each attempt with status code / error and duration)' })
  @ApiOkResponse({ type: DeliveryPageResponse })
  async log(
    @CurrentPrincipal() principal: Principal,
    @Param('subscriptionId', UuidV4Param) subscriptionId: string,
    @Query() query: ListDeliveriesQuery,
  ): Promise<DeliveryPageResponse> {
    await this.subscriptions.get(principal, subscriptionId);
    const rows = await this.deliveries.log(subscriptionId, query.limit + 1, query.cursor, query.status);
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return { items: items.map(toDeliveryResponse), nextCursor: rows.length > query.limit && last ? String(last.seq) : null };
  }

  @Get('deliveries/:deliveryId')
  @ApiOperation({ summary: 'One delivery with all its attempts' })
  @ApiOkResponse({ type: DeliveryResponse })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('subscriptionId', UuidV4Param) subscriptionId: string,
    @Param('deliveryId') deliveryId: string,
  ): Promise<DeliveryResponse> {
    await this.subscriptions.get(principal, subscriptionId);
    const delivery = NOTIFICATION_ID_PATTERN.test(deliveryId) ? await this.deliveries.findById(subscriptionId, deliveryId) : null;
    if (!delivery) throw new NotFoundException(`delivery ${deliveryId} not found`);
    return toDeliveryResponse(delivery);
  }

  @Post('deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send this notification again now, with the same webhook-id' })
  @ApiAcceptedResponse({ type: DeliveryResponse })
  async redeliver(
    @CurrentPrincipal() principal: Principal,
    @Param('subscriptionId', UuidV4Param) subscriptionId: string,
    @Param('deliveryId') deliveryId: string,
  ): Promise<DeliveryResponse> {
    await this.subscriptions.get(principal, subscriptionId);
    const delivery = NOTIFICATION_ID_PATTERN.test(deliveryId) ? await this.deliveries.redeliver(subscriptionId, deliveryId) : null;
    if (!delivery) throw new NotFoundException(`delivery ${deliveryId} not found`);
    this.worker.trigger();
    return toDeliveryResponse(delivery);
  }

  @Post('enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Re-enable a webhook disabled after persistent failure; waiting deliveries resume (emits SubscriptionUpdated)' })
  @ApiOkResponse({ type: SubscriptionResponse })
  async enable(@CurrentPrincipal() principal: Principal, @Param('subscriptionId', UuidV4Param) subscriptionId: string): Promise<SubscriptionResponse> {
    const outcome = await this.subscriptions.enableWebhook(principal, subscriptionId);
    await this.deliveries.resumeSuspended(subscriptionId);
    this.worker.trigger();
    return toSubscriptionView(outcome);
  }

  @Post('rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'Replace the signing secret; the new one is returned once' })
  @ApiOkResponse({ type: SubscriptionResponse })
  async rotate(@CurrentPrincipal() principal: Principal, @Param('subscriptionId', UuidV4Param) subscriptionId: string): Promise<SubscriptionResponse> {
    return toSubscriptionView(await this.subscriptions.rotateWebhookSecret(principal, subscriptionId));
  }
}
