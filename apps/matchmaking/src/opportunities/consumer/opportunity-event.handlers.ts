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
import { MatchmakingOpportunityRepository } from '../persistence/matchmaking-opportunity.repository';
import { projectOpportunitySnapshot, type OpportunitySnapshotEvent } from '../projection/opportunity.projection';
import { OpportunityChanges } from './opportunity-changes';

/**
 * One handler per opportunity event type, all alike: store the snapshot under the sequence guard,
 * then tell the listeners (the matching index). Invalid payloads never get here: the messaging
 * library validates them against the contract and dead-letters the ones that fail.
 */
@Injectable()
export class OpportunityEventHandlers {
  constructor(
    private readonly opportunities: MatchmakingOpportunityRepository,
    private readonly changes: OpportunityChanges,
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
        const write = projectOpportunitySnapshot(event);
        const outcome = await this.opportunities.apply(write);
        const details = { eventId: event.id, type: event.type, aggregateId: write.id, sequence: write.sequence, outcome };
        // Every write is an upsert, so `missing` cannot happen; stale is a redelivery or a replay.
        if (outcome === 'applied') {
          this.logger.info(details, 'opportunity event applied');
        } else {
          this.logger.debug(details, 'opportunity event already applied or superseded');
        }
        // Stale too: a redelivery after a failed listener is the listener's chance to catch up.
        await this.changes.notify(write.id);
      },
    };
  }
}
