import { CurrentPrincipal, Idempotent, Roles, UuidV4Param, type Principal } from '@icn/platform';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateSubscriptionDto } from './dto/create-subscription.dto';
import { ListSubscriptionsQuery } from './dto/list-subscriptions.query';
import { SubscriptionPageResponse, SubscriptionResponse } from './dto/subscription.response';
import { UpdateSubscriptionDto } from './dto/update-subscription.dto';
import { toSubscriptionView } from './subscription-view';
import { SubscriptionsService } from './subscriptions.service';

/**
 * Subscriptions of clusters and organisations to opportunities. Scope: a cluster manager manages
 * its cluster's subscriptions (and those of its organisations), a member its organisation's, the
 * network admin all. Integrators consume the notification topic instead.
 */
@ApiTags('subscriptions')
@ApiBearerAuth()
@Roles('network-admin', 'cluster-manager', 'member')
@Controller('subscriptions')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Subscribe (emits SubscriptionCreated); a webhook secret / calendar URL is returned once' })
  @ApiCreatedResponse({ type: SubscriptionResponse })
  async create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateSubscriptionDto): Promise<SubscriptionResponse> {
    return toSubscriptionView(await this.subscriptions.create(principal, dto));
  }

  @Get()
  @ApiOperation({ summary: "List the subscriptions in the caller's scope" })
  @ApiOkResponse({ type: SubscriptionPageResponse })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListSubscriptionsQuery): Promise<SubscriptionPageResponse> {
    const page = await this.subscriptions.list(principal, query.clusterId, query.limit, query.cursor);
    return { items: page.items.map((state) => toSubscriptionView({ state })), nextCursor: page.nextCursor };
  }

  @Get(':subscriptionId')
  @ApiOperation({ summary: 'Get a subscription' })
  @ApiOkResponse({ type: SubscriptionResponse })
  async get(@CurrentPrincipal() principal: Principal, @Param('subscriptionId', UuidV4Param) id: string): Promise<SubscriptionResponse> {
    return toSubscriptionView({ state: await this.subscriptions.get(principal, id) });
  }

  @Patch(':subscriptionId')
  @ApiOperation({ summary: 'Change name, filters or channels (emits SubscriptionUpdated)' })
  @ApiOkResponse({ type: SubscriptionResponse })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('subscriptionId', UuidV4Param) id: string,
    @Body() dto: UpdateSubscriptionDto,
  ): Promise<SubscriptionResponse> {
    return toSubscriptionView(await this.subscriptions.update(principal, id, dto));
  }

  @Delete(':subscriptionId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Unsubscribe (emits SubscriptionDeleted); open streams end' })
  @ApiNoContentResponse()
  delete(@CurrentPrincipal() principal: Principal, @Param('subscriptionId', UuidV4Param) id: string): Promise<void> {
    return this.subscriptions.delete(principal, id);
  }
}
