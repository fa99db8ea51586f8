import { buildEvent, toOutboxEntry } from '@icn/messaging';
import { decodeKeysetCursor, DEFAULT_PAGE_SIZE, DomainConflictError, toKeysetPage, withHttpErrors, type KeysetPage, type KeysetPageQuery, type Principal } from '@icn/platform';
import { Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ConsortiumState } from '../consortia/domain/consortium';
import { assertCoordinatorSide } from '../consortia/domain/consortium-access';
import { ConsortiumRepository } from '../consortia/persistence/consortium.repository';
import { CONSORTIA_EVENT_SOURCE } from '../consortia/persistence/consortium-writer';
import { FundingCallRepository } from '../funding-calls/persistence/funding-call.repository';
import { buildPartnerProposal } from './domain/partner-proposal-builder';
import { requestPartnerSearch, type PartnerSearchState } from './domain/partner-search';
import { assertCanSeePartnerSearches } from './domain/partner-search-access';
import type { RequestPartnerSearchDto } from './http/request-partner-search.dto';
import { toSearchView, type PartnerProposalView, type PartnerSearchAccepted, type PartnerSearchView } from './http/partner-search.views';
import { PartnerSearchRepository } from './persistence/partner-search.repository';

/**
 * Partner searches: the coordinator side asks, matchmaking answers through Kafka (no HTTP between
 * services), members read the candidates and the builder's proposal.
 */
@Injectable()
export class PartnerSearchService {
  constructor(
    private readonly consortia: ConsortiumRepository,
    private readonly fundingCalls: FundingCallRepository,
    private readonly searches: PartnerSearchRepository,
  ) {}

  request(principal: Principal, consortiumId: string, dto: RequestPartnerSearchDto): Promise<PartnerSearchAccepted> {
    return withHttpErrors(async () => {
      const consortium = await this.consortium(consortiumId);
      assertCoordinatorSide(principal, consortium);
      const { opportunityId } = consortium.call;
      const fundingCall = opportunityId === undefined ? null : await this.fundingCalls.findById(opportunityId);
      const { state, event } = requestPartnerSearch(
        consortium,
        { requestId: randomUUID(), requestedBy: principal.subject, ...(fundingCall === null ? {} : { fundingCall: fundingCall.opportunity }), overrides: dto },
        new Date(),
      );
      // The request is its own aggregate: subject and key are the request id, sequence 1.
      const requested = buildEvent(event.definition, { subject: state.requestId, sequence: 1, data: event.data, source: CONSORTIA_EVENT_SOURCE });
      await this.searches.insert(state, toOutboxEntry(requested, event.definition.topic));
      return { requestId: state.requestId, consortiumId, status: 'pending' };
    });
  }

  async list(principal: Principal, consortiumId: string, query: KeysetPageQuery): Promise<KeysetPage<PartnerSearchView>> {
    assertCanSeePartnerSearches(principal, await this.consortium(consortiumId));
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.searches.listFor(consortiumId, limit, decodeKeysetCursor(query.cursor));
    const page = toKeysetPage(rows, limit, (row) => ({ key: row.requestedAt, id: row.requestId }));
    return { items: page.items.map(toSearchView), nextCursor: page.nextCursor };
  }

  async get(principal: Principal, consortiumId: string, requestId: string): Promise<PartnerSearchView> {
    return toSearchView((await this.visible(principal, consortiumId, requestId)).search);
  }

  /** The builder's proposal against the consortium as it is now (members may have joined since the search). */
  proposal(principal: Principal, consortiumId: string, requestId: string): Promise<PartnerProposalView> {
    return withHttpErrors(async () => {
      const { consortium, search } = await this.visible(principal, consortiumId, requestId);
      if (search.status === 'pending') throw new DomainConflictError(`partner search ${requestId} is still pending: matchmaking has not proposed candidates yet`);
      // Organisations invited since the search are as good as asked: not proposed again.
      const invited = new Set(consortium.invitations.filter((invitation) => invitation.status === 'pending').map((invitation) => invitation.organisationId));
      const candidates = search.candidates.filter((candidate) => !invited.has(candidate.organisationId));
      return { requestId, consortiumId, ...buildPartnerProposal(consortium.rules, consortium.members, candidates) };
    });
  }

  private async visible(principal: Principal, consortiumId: string, requestId: string): Promise<{ consortium: ConsortiumState; search: PartnerSearchState }> {
    const consortium = await this.consortium(consortiumId);
    assertCanSeePartnerSearches(principal, consortium);
    const search = await this.searches.findById(requestId);
    if (search === null || search.consortiumId !== consortiumId) throw new NotFoundException(`partner search ${requestId} not found`);
    return { consortium, search };
  }

  private async consortium(consortiumId: string): Promise<ConsortiumState> {
    const consortium = await this.consortia.findById(consortiumId);
    if (consortium === null) throw new NotFoundException(`consortium ${consortiumId} not found`);
    return consortium;
  }
}
