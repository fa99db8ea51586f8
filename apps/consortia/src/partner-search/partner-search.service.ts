import type { Aggregate } from '@icn/messaging';
import { decodeKeysetCursor, DEFAULT_PAGE_SIZE, DomainConflictError, DomainNotFoundError, toKeysetPage, type KeysetPage, type KeysetPageQuery, type Principal } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ConsortiumState } from '../consortia/domain/consortium';
import { assertCoordinatorSide } from '../consortia/domain/consortium-access';
import { CONSORTIUM_AGGREGATE } from '../consortia/persistence/consortium.aggregate';
import { FundingCallRepository } from '../funding-calls/persistence/funding-call.repository';
import { buildPartnerProposal } from './domain/partner-proposal-builder';
import { requestPartnerSearch, type PartnerSearchState } from './domain/partner-search';
import { assertCanSeePartnerSearches } from './domain/partner-search-access';
import type { RequestPartnerSearchDto } from './http/request-partner-search.dto';
import { toSearchView, type PartnerProposalView, type PartnerSearchAccepted, type PartnerSearchView } from './http/partner-search.views';
import { PARTNER_SEARCH_AGGREGATE } from './persistence/partner-search.aggregate';
import { PartnerSearchRepository } from './persistence/partner-search.repository';

/**
 * Partner searches: the coordinator side asks, matchmaking answers through Kafka (no HTTP between
 * services), members read the candidates and the builder's proposal.
 */
@Injectable()
export class PartnerSearchService {
  constructor(
    @Inject(CONSORTIUM_AGGREGATE) private readonly consortia: Aggregate<ConsortiumState>,
    private readonly fundingCalls: FundingCallRepository,
    @Inject(PARTNER_SEARCH_AGGREGATE) private readonly searches: Aggregate<PartnerSearchState>,
    private readonly searchList: PartnerSearchRepository,
  ) {}

  async request(principal: Principal, consortiumId: string, dto: RequestPartnerSearchDto): Promise<PartnerSearchAccepted> {
    const consortium = await this.consortium(consortiumId);
    assertCoordinatorSide(principal, consortium);
    const { opportunityId } = consortium.call;
    const fundingCall = opportunityId === undefined ? null : await this.fundingCalls.findById(opportunityId);
    const change = requestPartnerSearch(
      consortium,
      { requestId: randomUUID(), requestedBy: principal.subject, ...(fundingCall === null ? {} : { fundingCall: fundingCall.opportunity }), overrides: dto },
      new Date(),
    );
    // The request is its own aggregate: subject and key are the request id, sequence 1.
    const search = await this.searches.create(change);
    return { requestId: search.requestId, consortiumId, status: 'pending' };
  }

  async list(principal: Principal, consortiumId: string, query: KeysetPageQuery): Promise<KeysetPage<PartnerSearchView>> {
    assertCanSeePartnerSearches(principal, await this.consortium(consortiumId));
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.searchList.listFor(consortiumId, limit, decodeKeysetCursor(query.cursor));
    const page = toKeysetPage(rows, limit, (row) => ({ key: row.requestedAt, id: row.requestId }));
    return { items: page.items.map(toSearchView), nextCursor: page.nextCursor };
  }

  async get(principal: Principal, consortiumId: string, requestId: string): Promise<PartnerSearchView> {
    return toSearchView((await this.visible(principal, consortiumId, requestId)).search);
  }

  /** The builder's proposal against the consortium as it is now (members may have joined since the search). */
  async proposal(principal: Principal, consortiumId: string, requestId: string): Promise<PartnerProposalView> {
    const { consortium, search } = await this.visible(principal, consortiumId, requestId);
    if (search.status === 'pending') throw new DomainConflictError(`partner search ${requestId} is still pending: matchmaking has not proposed candidates yet`);
    // Organisations invited since the search are as good as asked: not proposed again.
    const invited = new Set(consortium.invitations.filter((invitation) => invitation.status === 'pending').map((invitation) => invitation.organisationId));
    const candidates = search.candidates.filter((candidate) => !invited.has(candidate.organisationId));
    return { requestId, consortiumId, ...buildPartnerProposal(consortium.rules, consortium.members, candidates) };
  }

  private async visible(principal: Principal, consortiumId: string, requestId: string): Promise<{ consortium: ConsortiumState; search: PartnerSearchState }> {
    const consortium = await this.consortium(consortiumId);
    assertCanSeePartnerSearches(principal, consortium);
    const search = await this.searches.find(requestId);
    if (search === null || search.consortiumId !== consortiumId) throw new DomainNotFoundError(`partner search ${requestId} not found`);
    return { consortium, search };
  }

  /** The consortium as it is now (never a lagging snapshot): a search's gaps are computed from it. */
  private async consortium(consortiumId: string): Promise<ConsortiumState> {
    const consortium = await this.consortia.find(consortiumId);
    if (consortium === null) throw new DomainNotFoundError(`consortium ${consortiumId} not found`);
    return consortium;
  }
}
