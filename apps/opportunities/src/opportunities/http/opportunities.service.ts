import { decodeKeysetCursor, DEFAULT_PAGE_SIZE, encodeKeysetCursor, RequestValidationException, DomainNotFoundError, type Principal } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { assertCanManage, canSee } from '../domain/opportunity-access';
import { createOpportunity, discardDraft, updateOpportunity } from '../domain/opportunity-lifecycle';
import { queryTermsOf } from '../domain/search-terms';
import { buildListQuery } from '../persistence/opportunity-query';
import { OpportunityAggregate } from '../persistence/opportunity.aggregate';
import { OpportunityRepository } from '../persistence/opportunity.repository';
import type { CreateOpportunityDto } from './dto/create-opportunity.dto';
import type { ListOpportunitiesQuery } from './dto/list-opportunities.query';
import type { OpportunityPageResponse, OpportunityResponse } from './dto/opportunity.response';
import type { UpdateOpportunityDto } from './dto/update-opportunity.dto';
import { toResponse } from './opportunity-views';
import { PublicationChecks } from './publication-checks';

/** Creating, editing, discarding drafts, and reading opportunities. The lifecycle has its own service. */
@Injectable()
export class OpportunitiesService {
  constructor(
    private readonly opportunities: OpportunityRepository,
    private readonly aggregate: OpportunityAggregate,
    private readonly checks: PublicationChecks,
  ) {}

  async create(principal: Principal, dto: CreateOpportunityDto): Promise<OpportunityResponse> {
    const originClusterId = await this.checks.originFor(principal, dto.originClusterId);
    await this.checks.assertTargetsExist(dto.targetClusterIds);
    const change = createOpportunity({
      opportunityId: randomUUID(),
      originClusterId,
      publisher: principal.role === 'member' && principal.organisationId !== undefined
        ? { subject: principal.subject, organisationId: principal.organisationId }
        : { subject: principal.subject },
      content: {
        type: dto.type,
        title: dto.title,
        description: dto.description,
        sectors: dto.sectors ?? [],
        technologies: dto.technologies ?? [],
        targetCountries: dto.targetCountries ?? [],
        targetClusterIds: dto.targetClusterIds ?? [],
        targetHelixTypes: dto.targetHelixTypes ?? [],
        ...(dto.value !== undefined ? { value: { amount: dto.value.amount, currency: dto.value.currency } } : {}),
        deadline: dto.deadline,
        links: (dto.links ?? []).map((link) => ({ url: link.url, ...(link.label !== undefined ? { label: link.label } : {}) })),
        visibility: dto.visibility ?? 'network',
      },
      publish: dto.publish === true,
      now: new Date(),
    });
    return toResponse(await this.aggregate.create(change));
  }

  async update(principal: Principal, opportunityId: string, dto: UpdateOpportunityDto): Promise<OpportunityResponse> {
    await this.checks.assertTargetsExist(dto.targetClusterIds);
    const patch = { ...dto, links: dto.links?.map((link) => ({ ...link })), value: dto.value ? { ...dto.value } : undefined };
    const state = await this.aggregate.modify(opportunityId, (current) => {
      assertCanManage(principal, current);
      return updateOpportunity(current, patch, new Date());
    });
    return toResponse(state);
  }

  /** Removes a draft (404 afterwards); nothing is published, it never left the service. */
  async discard(principal: Principal, opportunityId: string): Promise<void> {
    await this.aggregate.upsert(opportunityId, (current) => {
      if (current === null) throw new DomainNotFoundError(`opportunity ${opportunityId} not found`);
      assertCanManage(principal, current);
      return discardDraft(current);
    });
  }

  async get(principal: Principal, opportunityId: string): Promise<OpportunityResponse> {
    // The newest state, not the snapshot: right after a write on another replica, the snapshot may
    // still be behind (or briefly overwritten by an older writer on FerretDB).
    const opportunity = await this.aggregate.find(opportunityId);
    // Not visible is answered exactly like absent, so another cluster's draft leaks nothing.
    if (opportunity === null || !canSee(principal, opportunity)) throw new DomainNotFoundError(`opportunity ${opportunityId} not found`);
    return toResponse(opportunity);
  }

  async list(principal: Principal, query: ListOpportunitiesQuery): Promise<OpportunityPageResponse> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    // The sort key is createdAt (newest first); a cursor this service did not issue is a 400 on `cursor`.
    const position = decodeKeysetCursor(query.cursor);
    const after = position === undefined ? undefined : { createdAt: position.key, id: position.id };
    const terms = query.q === undefined ? undefined : queryTermsOf(query.q);
    if (terms !== undefined && terms.length === 0) {
      throw new RequestValidationException([{ field: 'q', reason: 'must contain at least one word of two or more letters or digits (not only stop words)' }]);
    }
    const filter = buildListQuery(
      principal,
      {
        type: query.type,
        sector: query.sector,
        technology: query.technology,
        country: query.country,
        originClusterId: query.originClusterId,
        status: query.status,
        state: query.state,
        deadlineFrom: query.deadlineFrom === undefined ? undefined : new Date(query.deadlineFrom).toISOString(),
        deadlineTo: query.deadlineTo === undefined ? undefined : new Date(query.deadlineTo).toISOString(),
        terms,
      },
      after,
    );
    const rows = await this.opportunities.list(filter, limit + 1);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toResponse),
      nextCursor: rows.length > limit && last ? encodeKeysetCursor({ key: last.createdAt, id: last.opportunityId }) : null,
    };
  }
}
