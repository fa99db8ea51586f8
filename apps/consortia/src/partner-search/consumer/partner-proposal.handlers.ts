import { PartnerSuggestionsProposed, type CloudEvent, type PartnerSuggestionsProposedV1 } from '@icn/contracts';
import { eventHandler, type EventHandler } from '@icn/messaging';
import { LOGGER } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { recordProposal } from '../domain/partner-search';
import { PartnerSearchRepository } from '../persistence/partner-search.repository';

/**
 * Stores matchmaking's candidates with the search they answer. A proposal for a search this
 * database does not hold (another deployment sharing the broker) or for another consortium is
 * skipped; a second proposal for an answered search changes nothing, so redeliveries are harmless.
 */
@Injectable()
export class PartnerProposalHandlers {
  constructor(
    private readonly searches: PartnerSearchRepository,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  all(): EventHandler[] {
    return [eventHandler(PartnerSuggestionsProposed, (event) => this.store(event))] as EventHandler[];
  }

  async store(event: CloudEvent<PartnerSuggestionsProposedV1>): Promise<void> {
    const proposal = event.data;
    const details = { eventId: event.id, requestId: proposal.requestId, consortiumId: proposal.consortiumId, candidates: proposal.candidates.length };
    const result: { outcome: 'stored' | 'already answered' | 'another consortium' } = { outcome: 'already answered' };
    const stored = await this.searches.update(proposal.requestId, (current) => {
      if (current.consortiumId !== proposal.consortiumId) {
        result.outcome = 'another consortium';
        return undefined;
      }
      const next = recordProposal(current, proposal, event.id, new Date());
      if (next !== undefined) result.outcome = 'stored';
      return next;
    });
    if (stored === null) this.logger.debug(details, 'partner proposal for a search this service does not hold; skipped');
    else if (result.outcome === 'stored') this.logger.info(details, 'partner proposal stored');
    else if (result.outcome === 'another consortium') this.logger.warn(details, 'partner proposal names another consortium than its search; skipped');
    else this.logger.debug(details, 'partner proposal already stored');
  }
}
