import { DEFAULT_PAGE_SIZE, RequestValidationException, type Principal, DomainConflictError, withHttpErrors } from '@icn/platform';
import { Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { canSee } from '../domain/opportunity-access';
import { createOpportunity, updateOpportunity } from '../domain/opportunity-lifecycle';
import { queryTermsOf } from '../domain/search-terms';
import type { CreateOpportunityDto } from '../http/dto/create-opportunity.dto';
import type { ListOpportunitiesQuery } from '../http/dto/list-opportunities.query';
import type { OpportunityPageResponse, OpportunityResponse } from '../http/dto/opportunity.response';
import type { UpdateOpportunityDto } from '../http/dto/update-opportunity.dto';
import { decodeCursor, encodeCursor } from '../persistence/opportunity-cursor';
import { buildListQuery } from '../persistence/opportunity-query';
import { OpportunityRepository } from '../persistence/opportunity.repository';
import { assertCanManage, toResponse } from './opportunity-views';
import { OpportunityWriter } from './opportunity-writer';
import { PublicationChecks } from './publication-checks';

/** Creating, editing, discarding drafts, and reading opportunities. The lifecycle has its own service. */
@Injectable()
export class OpportunitiesService {
  constructor(
    private readonly opportunities: OpportunityRepository,
    private readonly writer: OpportunityWriter,
    private readonly checks: PublicationChecks,
  ) {}

  async create(principal: Principal, dto: CreateOpportunityDto): Promise<OpportunityResponse> {
    const originClusterId = await this.checks.originFor(principal, dto.originClusterId);
    await this.checks.assertTargetsExist(dto.targetClusterIds);
    const change = await withHttpErrors(async () =>
      createOpportunity({
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
      }),
    );
    return toResponse(await this.writer.create(change));
  }

  async update(principal: Principal, opportunityId: string, dto: UpdateOpportunityDto): Promise<OpportunityResponse> {
    await this.checks.assertTargetsExist(dto.targetClusterIds);
    const patch = { ...dto, links: dto.links?.map((link) => ({ ...link })), value: dto.value ? { ...dto.value } : undefined };
    const state = await this.writer.modify(opportunityId, (current) => {
      assertCanManage(principal, current);
      return updateOpportunity(current, patch, new Date());
    });
    return toResponse(state);
  }

  discard(principal: Principal, opportunityId: string): Promise<void> {
    return this.writer.discard(opportunityId, (current) => {
      assertCanManage(principal, current);
      if (current.status !== 'draft') {
        throw new DomainConflictError(`cannot delete opportunity ${opportunityId}: it is ${current.status}; published opportunities are closed or cancelled instead`);
      }
    });
  }

  async get(principal: Principal, opportunityId: string): Promise<OpportunityResponse> {
    const opportunity = await this.opportunities.findById(opportunityId);
    // Not visible is answered exactly like absent, so another cluster's draft leaks nothing.
    if (opportunity === null || !canSee(principal, opportunity)) throw new NotFoundException(`opportunity ${opportunityId} not found`);
    return toResponse(opportunity);
  }

  async list(principal: Principal, query: ListOpportunitiesQuery): Promise<OpportunityPageResponse> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (query.cursor !== undefined && after === undefined) {
      throw new RequestValidationException([{ field: 'cursor', reason: 'must be a cursor returned by a previous page' }]);
    }
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
      nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.opportunityId }) : null,
    };
  }
}
