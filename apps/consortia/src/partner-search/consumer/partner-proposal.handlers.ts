import { PartnerSuggestionsProposed, type CloudEvent, type PartnerSuggestionsProposedV1 } from '@icn/contracts';
import { OnEvent, type Aggregate } from '@icn/messaging';
import { LOGGER } from '@icn/platform';
import { Controller, Inject } from '@nestjs/common';
import type { Logger } from 'pino';
import { recordProposal, type PartnerSearchState } from '../domain/partner-search';
import { PARTNER_SEARCH_AGGREGATE } from '../persistence/partner-search.aggregate';
import { PARTNER_PROPOSAL_GROUP } from './partner-proposal.consumer';

/**
 * Stores matchmaking's candidates with the search they answer. A proposal for a search this
 * database does not hold (another deployment sharing the broker) or for another consortium is
 * skipped; a second proposal for an answered search changes nothing, so redeliveries are harmless.
 * A controller of the event transport, without routes.
 */
@Controller()
export class PartnerProposalHandlers {
  constructor(
    @Inject(PARTNER_SEARCH_AGGREGATE) private readonly searches: Aggregate<PartnerSearchState>,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @OnEvent(PartnerSuggestionsProposed, { group: PARTNER_PROPOSAL_GROUP })
  async store(event: CloudEvent<PartnerSuggestionsProposedV1>): Promise<void> {
    const proposal = event.data;
    const details = { eventId: event.id, requestId: proposal.requestId, consortiumId: proposal.consortiumId, candidates: proposal.candidates.length };
    const result: { outcome: 'stored' | 'already answered' | 'another consortium' } = { outcome: 'already answered' };
    // upsert, not modify: a search this database does not hold is skipped, not an error to retry.
    const stored = await this.searches.upsert(proposal.requestId, (current) => {
      if (current === null) return null;
      if (current.consortiumId !== proposal.consortiumId) {
        result.outcome = 'another consortium';
        return null;
      }
      const change = recordProposal(current, proposal, event.id, new Date());
      // Decided again when another writer won the version: the outcome is the last decision's.
      result.outcome = change === undefined ? 'already answered' : 'stored';
      return change;
    });
    if (stored === null) this.logger.debug(details, 'partner proposal for a search this service does not hold; skipped');
    else if (result.outcome === 'stored') this.logger.info(details, 'partner proposal stored');
    else if (result.outcome === 'another consortium') this.logger.warn(details, 'partner proposal names another consortium than its search; skipped');
    else this.logger.debug(details, 'partner proposal already stored');
  }
}
