import { Inject, Injectable } from '@nestjs/common';
import type { CloudEvent } from '@icn/contracts';
import { buildDeadLetterMessage, eventMessageHeaders, EventPublisher, type HandlerContext } from '@icn/messaging';
import { CONFIG, LOGGER, METRICS, type PlatformMetrics } from '@icn/platform';
import type { Logger } from 'pino';
import type { MatchmakingConfig } from '../../matchmaking.config';

/**
 * Parks an event the directory can never apply on `<topic>.dlq` right away, in the same format
 * as the messaging library's own dead letters.
 *
 * Why not just throw: the library retries every handler error with backoff before dead-lettering,
 * which is right for a database hiccup but pointless for a missing snapshot (retrying cannot make
 * it appear). Since every new consumer group replays the topics from the start, each such event
 * would cost seconds of retries on every rebuild. The original bytes are not available to a
 * handler, so the value is the validated event re-serialised (same fields, possibly other order).
 */
@Injectable()
export class DirectoryDeadLetterService {
  constructor(
    private readonly publisher: EventPublisher,
    @Inject(CONFIG) private readonly config: MatchmakingConfig,
    @Inject(METRICS) private readonly metrics: PlatformMetrics,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async park(event: CloudEvent<object>, ctx: HandlerContext, reason: string): Promise<void> {
    const { topic, message } = buildDeadLetterMessage(
      { key: event.subject, value: JSON.stringify(event), headers: eventMessageHeaders(event.type, event.id) },
      { topic: ctx.topic, partition: ctx.partition, offset: ctx.offset, groupId: this.config.CONSUMER_GROUP, attempts: ctx.attempt, reason },
    );
    await this.publisher.sendRaw(topic, [message]);
    this.metrics.eventsDeadLettered.inc({ topic: ctx.topic, reason: 'missing-snapshot' });
    this.logger.error({ topic: ctx.topic, partition: ctx.partition, offset: ctx.offset, eventId: event.id, reason }, 'event dead-lettered');
  }
}
