import type { Aggregate, Change } from '@icn/messaging';
import type { ConsortiumCallV1 } from '@icn/contracts';
import {
  assertOrganisationScope,
  decodeKeysetCursor,
  DEFAULT_PAGE_SIZE,
  DomainConflictError,
  DomainNotFoundError,
  DomainValidationError,
  toKeysetPage,
  type KeysetPage,
  type Principal,
} from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { FundingCallRepository } from '../funding-calls/persistence/funding-call.repository';
import { assertFundingCallOpenTo, canSeeFundingCall } from '../funding-calls/domain/funding-call-visibility';
import { ConsortiumProfiles } from './consortium-profiles';
import type { ConsortiumState } from './domain/consortium';
import { assertCoordinatorSide, assertReadable, listScope } from './domain/consortium-access';
import {
  createConsortium,
  grantConsortium,
  rejectConsortium,
  reserveListConsortium,
  startDrafting,
  submitConsortium,
  withdrawConsortium,
} from './domain/consortium-lifecycle';
import { checkEligibility, type EligibilityReport } from './domain/eligibility';
import type { CreateConsortiumDto } from './http/create-consortium.dto';
import type { GrantConsortiumDto } from './http/grant-consortium.dto';
import type { ListConsortiaQuery } from './http/list-consortia.query';
import { toView, type ConsortiumView } from './http/consortium.view';
import { CONSORTIUM_AGGREGATE } from './persistence/consortium.aggregate';
import { ConsortiumRepository } from './persistence/consortium.repository';

/**
 * Creating, reading and moving a consortium through its lifecycle. @Roles on the controllers says
 * who may call; here each command checks on fresh state that the caller is on the right side.
 */
@Injectable()
export class ConsortiaService {
  constructor(
    private readonly consortia: ConsortiumRepository,
    @Inject(CONSORTIUM_AGGREGATE) private readonly aggregate: Aggregate<ConsortiumState>,
    private readonly profiles: ConsortiumProfiles,
    private readonly fundingCalls: FundingCallRepository,
  ) {}

  async create(principal: Principal, dto: CreateConsortiumDto): Promise<ConsortiumView> {
    const organisation = await this.profiles.find(dto.leadOrganisationId);
    // Scope first: a caller learns nothing more about other clusters' members.
    assertOrganisationScope(principal, organisation, 'manage');
    const lead = this.profiles.assertActive(organisation);
    const call = await this.callFor(principal, dto);
    if (call.opportunityId !== undefined) assertFundingCallOpenTo((await this.fundingCalls.findById(call.opportunityId))?.opportunity, lead);
    const change = createConsortium({ consortiumId: randomUUID(), title: dto.title, call, rules: { ...dto.rules }, lead, createdBy: principal.subject }, new Date());
    return toView(await this.aggregate.create(change), new Date());
  }

  /** The call: a published funding call from the read model, or the one typed in — exactly one. */
  private async callFor(principal: Principal, dto: CreateConsortiumDto): Promise<ConsortiumCallV1> {
    if (dto.opportunityId !== undefined && dto.call !== undefined) throw new DomainValidationError('call', 'give either opportunityId or call, not both');
    if (dto.call !== undefined) {
      const { programme, topic, deadline, budgetEur } = dto.call;
      return { source: 'manual', programme, topic, deadline, ...(budgetEur === undefined ? {} : { budgetEur }) };
    }
    if (dto.opportunityId === undefined) throw new DomainValidationError('opportunityId', 'give either opportunityId (a funding call) or call');
    const document = await this.fundingCalls.findById(dto.opportunityId);
    if (document === null || !canSeeFundingCall(principal, document.opportunity)) throw new DomainNotFoundError(`funding call ${dto.opportunityId} not found`);
    const opportunity = document.opportunity;
    if (opportunity.status !== 'published') throw new DomainConflictError(`funding call ${opportunity.opportunityId} is ${opportunity.status}; a consortium needs an open call`);
    // Only EUR values become the call budget: converting currencies is not consortia's business.
    const budgetEur = opportunity.value?.currency === 'EUR' ? opportunity.value.amount : undefined;
    return {
      source: 'opportunity',
      opportunityId: opportunity.opportunityId,
      programme: dto.programme ?? 'unspecified',
      topic: opportunity.title,
      deadline: opportunity.deadline,
      ...(budgetEur === undefined ? {} : { budgetEur }),
    };
  }

  async get(principal: Principal, consortiumId: string): Promise<ConsortiumView> {
    return toView(await this.readable(principal, consortiumId), new Date());
  }

  /** One page, newest first; `nextCursor` continues after its last consortium. */
  async list(principal: Principal, query: ListConsortiaQuery): Promise<KeysetPage<ConsortiumView>> {
    const now = new Date();
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.consortia.list(listScope(principal), query.status, limit, decodeKeysetCursor(query.cursor));
    const page = toKeysetPage(rows, limit, (row) => ({ key: row.createdAt, id: row.consortiumId }));
    return { items: page.items.map((row) => toView(row, now)), nextCursor: page.nextCursor };
  }

  async eligibility(principal: Principal, consortiumId: string): Promise<EligibilityReport> {
    const consortium = await this.readable(principal, consortiumId);
    return checkEligibility(consortium.rules, consortium.members);
  }

  startDrafting(principal: Principal, consortiumId: string): Promise<ConsortiumView> {
    return this.coordinatorTransition(principal, consortiumId, (current, now) => startDrafting(current, now));
  }

  /** A call from an opportunity is checked against its current deadline (extensions arrive as events). */
  async submit(principal: Principal, consortiumId: string): Promise<ConsortiumView> {
    const next = await this.aggregate.modify(consortiumId, async (current) => {
      assertCoordinatorSide(principal, current);
      const { opportunityId } = current.call;
      const fundingCall = opportunityId === undefined ? null : await this.fundingCalls.findById(opportunityId);
      return submitConsortium(current, new Date(), fundingCall?.opportunity.deadline ?? current.call.deadline);
    });
    return toView(next, new Date());
  }

  grant(principal: Principal, consortiumId: string, dto: GrantConsortiumDto): Promise<ConsortiumView> {
    const grant = { totalEur: dto.totalEur, shares: dto.shares.map(({ organisationId, amountEur }) => ({ organisationId, amountEur })) };
    return this.coordinatorTransition(principal, consortiumId, (current, now) => grantConsortium(current, grant, now));
  }

  reserveList(principal: Principal, consortiumId: string): Promise<ConsortiumView> {
    return this.coordinatorTransition(principal, consortiumId, (current, now) => reserveListConsortium(current, now));
  }

  reject(principal: Principal, consortiumId: string, feedback: string): Promise<ConsortiumView> {
    return this.coordinatorTransition(principal, consortiumId, (current, now) => rejectConsortium(current, feedback, now));
  }

  withdraw(principal: Principal, consortiumId: string, reason: string | undefined): Promise<ConsortiumView> {
    return this.coordinatorTransition(principal, consortiumId, (current, now) => withdrawConsortium(current, reason, now));
  }

  /** By id, never stale (the snapshot brought forward by any commit it lags): a caller reads its own writes on any replica. */
  private async readable(principal: Principal, consortiumId: string): Promise<ConsortiumState> {
    const consortium = await this.aggregate.find(consortiumId);
    if (consortium === null) throw new DomainNotFoundError(`consortium ${consortiumId} not found`);
    assertReadable(principal, consortium);
    return consortium;
  }

  private async coordinatorTransition(
    principal: Principal,
    consortiumId: string,
    apply: (current: ConsortiumState, now: Date) => Change<ConsortiumState>,
  ): Promise<ConsortiumView> {
    const next = await this.aggregate.modify(consortiumId, (current) => {
      assertCoordinatorSide(principal, current);
      return apply(current, new Date());
    });
    return toView(next, new Date());
  }
}
