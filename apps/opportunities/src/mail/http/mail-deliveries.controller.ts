import { CurrentPrincipal, decodeKeysetCursor, DEFAULT_PAGE_SIZE, encodeKeysetCursor, KeysetPageQuery, RequestValidationException, Roles, UuidV4Param, type Principal } from '@icn/platform';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SubscriptionsService } from '../../subscriptions/http/subscriptions.service';
import { MailDeliveryRepository } from '../persistence/mail-delivery.repository';
import { MailDeliveryPageResponse, toMailDeliveryResponse } from './mail-delivery.response';

/** The e-mail channel's delivery log: each recipient's copy of each mail, with every attempt. */
@ApiTags('mail')
@ApiBearerAuth()
@Roles('network-admin', 'cluster-manager', 'member')
@Controller('subscriptions/:subscriptionId/mail')
export class MailDeliveriesController {
  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly deliveries: MailDeliveryRepository,
  ) {}

  @Get('deliveries')
  @ApiOperation({ summary: 'Mail delivery log, newest first (each attempt with the relay’s answer or the error, and its duration)' })
  @ApiOkResponse({ type: MailDeliveryPageResponse })
  async log(@CurrentPrincipal() principal: Principal, @Param('subscriptionId', UuidV4Param) subscriptionId: string, @Query() query: KeysetPageQuery): Promise<MailDeliveryPageResponse> {
    await this.subscriptions.get(principal, subscriptionId);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const position = decodeKeysetCursor(query.cursor);
    if (position && Number.isNaN(Date.parse(position.key))) throw new RequestValidationException([{ field: 'cursor', reason: 'must be the nextCursor of a previous page' }]);
    const after = position ? { createdAt: new Date(position.key), id: position.id } : undefined;
    const rows = await this.deliveries.log(subscriptionId, limit + 1, after);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toMailDeliveryResponse),
      nextCursor: rows.length > limit && last ? encodeKeysetCursor({ key: last.createdAt.toISOString(), id: last._id }) : null,
    };
  }
}
