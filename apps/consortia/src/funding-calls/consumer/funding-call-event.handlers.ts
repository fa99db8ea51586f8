import { Inject, Injectable } from '@nestjs/common';
import {
  OpportunityCancelled,
  OpportunityClosed,
  OpportunityDeadlineExtended,
  OpportunityExpired,
  OpportunityPublished,
  OpportunityUpdated,
  type EventDefinition,
} from '@icn/contracts';
import type { EventHandler } from '@icn/messaging';
import { LOGGER } from '@icn/platform';
import type { Logger } from 'pino';
import { FundingCallRepository } from '../persistence/funding-call.repository';
import { projectFundingCall, type OpportunitySnapshotEvent } from '../projection/funding-call.projection';

/**
 * One handler per opportunity event type, all alike: keep funding calls under the sequence guard,
 * skip the rest. Invalid payloads never get here: the messaging library validates and dead-letters.
 */
@Injectable()
export class FundingCallEventHandlers {
  constructor(
    private readonly calls: FundingCallRepository,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  all(): EventHandler[] {
    return [
      this.handler(OpportunityPublished),
      this.handler(OpportunityUpdated),
      this.handler(OpportunityDeadlineExtended),
      this.handler(OpportunityClosed),
      this.handler(OpportunityCancelled),
      this.handler(OpportunityExpired),
    ];
  }

  private handler<T extends OpportunitySnapshotEvent>(definition: EventDefinition<T>): EventHandler<T> {
    return {
      definition,
      handle: async (event) => {
        const write = projectFundingCall(event);
        if (write === null) return;
        // Every write is an upsert, so `missing` cannot happen; stale is a redelivery or a replay.
        const outcome = await this.calls.apply(write);
        const details = { eventId: event.id, type: event.type, aggregateId: write.id, sequence: write.sequence, outcome };
        if (outcome === 'applied') this.logger.info(details, 'funding call event applied');
        else this.logger.debug(details, 'funding call event already applied or superseded');
      },
    };
  }
}
