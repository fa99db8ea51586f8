import { CurrentPrincipal, RequestValidationException, Roles, UuidV4Param, type Principal } from '@icn/platform';
import { LOGGER } from '@icn/platform';
import { Controller, Get, Headers, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { DELIVERY_CONFIG, type DeliveryConfig } from '../../notifications/delivery.config';
import { FeedRepository } from '../../notifications/persistence/feed.repository';
import { SubscriptionsService } from '../../subscriptions/http/subscriptions.service';
import { SseConnection } from './sse-connection';
import { parseLastEventId, sseRetry } from './sse-format';
import { SseHub } from './sse-hub';

@ApiTags('streams')
@ApiBearerAuth()
@Roles('network-admin', 'cluster-manager', 'member')
@Controller('subscriptions')
export class StreamController {
  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly feed: FeedRepository,
    private readonly hub: SseHub,
    @Inject(DELIVERY_CONFIG) private readonly config: DeliveryConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Get(':subscriptionId/stream')
  @ApiOperation({
    summary: 'Server-Sent Events: every notification of the subscription, exactly once and in order',
    description:
      'Event `id` = feed position, `event` = notification kind, `data` = the NotificationDelivered CloudEvent. ' +
      'Reconnect with `Last-Event-ID` (or `?lastEventId=`) to replay everything after it from durable storage. ' +
      'Comment heartbeats keep idle connections open.',
  })
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false })
  @ApiQuery({ name: 'lastEventId', required: false })
  @ApiOkResponse({ description: 'text/event-stream' })
  async stream(
    @CurrentPrincipal() principal: Principal,
    @Param('subscriptionId', UuidV4Param) subscriptionId: string,
    @Headers('last-event-id') lastEventIdHeader: string | undefined,
    @Query('lastEventId') lastEventIdQuery: string | undefined,
    @Req() request: IncomingMessage,
    @Res() response: ServerResponse,
  ): Promise<void> {
    // Everything that can fail as a normal HTTP error happens before the stream starts.
    const lastEventId = parseLastEventId(lastEventIdHeader, lastEventIdQuery);
    if (lastEventId === 'invalid') throw new RequestValidationException([{ field: 'Last-Event-ID', reason: 'must be a non-negative integer (an event id of this stream)' }]);
    await this.subscriptions.get(principal, subscriptionId);

    response.statusCode = 200;
    response.setHeader('content-type', 'text/event-stream; charset=utf-8');
    response.setHeader('cache-control', 'no-cache, no-transform');
    response.setHeader('connection', 'keep-alive');
    // nginx and similar proxies would otherwise buffer the stream.
    response.setHeader('x-accel-buffering', 'no');
    response.flushHeaders();
    request.socket.setNoDelay(true);
    request.socket.setKeepAlive(true);
    response.write(sseRetry(2000));

    const connection = new SseConnection(
      subscriptionId,
      lastEventId,
      { write: (chunk) => void response.write(chunk) },
      (after, limit, until) => this.feed.readAfter(subscriptionId, after, limit, until),
      this.config.FEED_PAGE_SIZE,
      (error) => this.logger.warn({ err: error, subscriptionId }, 'stream could not read the feed; the client will resume on reconnect'),
    );
    const end = (): void => this.hub.remove(connection);
    // Registered before the replay, so nothing published meanwhile is missed (it queues behind it).
    // The hub also sends its heartbeats.
    this.hub.add(connection, () => response.end());
    request.on('close', end);
    await connection.start();
  }
}
