import { PartnerSuggestionsRequested, type CloudEvent, type PartnerSuggestionsProposedV1, type PartnerSuggestionsRequestedV1 } from '@icn/contracts';
import { OnEvent } from '@icn/messaging';
import { CONFIG, LOGGER } from '@icn/platform';
import { Controller, Inject } from '@nestjs/common';
import type { Logger } from 'pino';
import { MatchingService } from '../../matches/matching.service';
import type { MatchmakingConfig } from '../../matchmaking.config';
import { selectPartnerCandidates } from '../domain/select-partner-candidates';
import { PartnerSuggestionAggregate } from '../persistence/partner-suggestion.aggregate';
import { PartnerSuggestionRepository } from '../persistence/partner-suggestion.repository';
import { PARTNER_SEARCH_GROUP } from './partner-search.consumer';

/**
 * For each partner search: select candidates from the organisations this replica's matching index
 * holds and publish them once as PartnerSuggestionsProposed through the write path, keyed by the request
 * id. An empty answer is published too: the requester shows "nobody fits" rather than waiting.
 * A controller of the event transport, without routes.
 */
@Controller()
export class PartnerSearchHandlers {
  constructor(
    private readonly matching: MatchingService,
    private readonly suggestions: PartnerSuggestionRepository,
    private readonly answers: PartnerSuggestionAggregate,
    @Inject(CONFIG) private readonly config: MatchmakingConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @OnEvent(PartnerSuggestionsRequested, { group: PARTNER_SEARCH_GROUP })
  async propose(event: CloudEvent<PartnerSuggestionsRequestedV1>): Promise<void> {
    const request = event.data;
    // A redelivered request that was answered: nothing to select again.
    if (await this.suggestions.exists(request.requestId)) return;
    const limit = this.config.PARTNER_SEARCH_LIMIT;
    const candidates = selectPartnerCandidates(request, this.matching.activeOrganisations(), limit);
    const data: PartnerSuggestionsProposedV1 = { requestId: request.requestId, consortiumId: request.consortiumId, candidates, limit, causedByEventId: event.id };
    // One answer per request: a duplicate (another replica first) is already done.
    const recorded = await this.answers.recordOnce(
      {
        requestId: request.requestId,
        consortiumId: request.consortiumId,
        causedByEventId: event.id,
        organisationIds: candidates.map((candidate) => candidate.organisationId),
        proposedAt: new Date().toISOString(),
      },
      data,
    );
    if (!recorded) return;
    this.logger.info({ requestId: request.requestId, consortiumId: request.consortiumId, candidates: candidates.length }, 'partner candidates proposed');
  }
}
