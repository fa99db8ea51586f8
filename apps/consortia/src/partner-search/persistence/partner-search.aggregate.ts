import { WritePath, type Aggregate } from '@icn/messaging';
import type { Provider } from '@nestjs/common';
import { CONSORTIA_EVENT_SOURCE } from '../../consortia/persistence/consortium.aggregate';
import type { PartnerSearchState } from '../domain/partner-search';
import { PartnerSearchRepository } from './partner-search.repository';

/** Injection token of the partner-search `Aggregate`: `@Inject(PARTNER_SEARCH_AGGREGATE) searches: Aggregate<PartnerSearchState>`. */
export const PARTNER_SEARCH_AGGREGATE = Symbol('PARTNER_SEARCH_AGGREGATE');

/**
 * A partner search is its own aggregate on the write path (ADR 12): created with its request event
 * (subject and key: the request id, sequence 1), then answered once by matchmaking's proposal (a
 * change without an event). Its events come from consortia like every other consortia event.
 */
export const partnerSearchAggregateProvider: Provider = {
  provide: PARTNER_SEARCH_AGGREGATE,
  inject: [WritePath, PartnerSearchRepository],
  useFactory: (writePath: WritePath, repository: PartnerSearchRepository): Aggregate<PartnerSearchState> =>
    writePath.aggregate<PartnerSearchState>({
      name: 'partner-search',
      source: CONSORTIA_EVENT_SOURCE,
      snapshots: repository.snapshots,
      idOf: (state) => state.requestId,
    }),
};
