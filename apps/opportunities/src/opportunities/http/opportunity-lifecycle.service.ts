import type { Principal } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import { assertCanManage } from '../domain/opportunity-access';
import { cancelOpportunity, closeOpportunity, extendDeadline, publishOpportunity } from '../domain/opportunity-lifecycle';
import { OpportunityAggregate } from '../persistence/opportunity.aggregate';
import type { OpportunityResponse } from './dto/opportunity.response';
import { toResponse } from './opportunity-views';

/**
 * Lifecycle commands; each is authorised and decided on the newest state (decided again if another
 * writer committed first, ADR 12).
 */
@Injectable()
export class OpportunityLifecycleService {
  constructor(private readonly aggregate: OpportunityAggregate) {}

  async publish(principal: Principal, opportunityId: string): Promise<OpportunityResponse> {
    return toResponse(
      await this.aggregate.modify(opportunityId, (current) => {
        assertCanManage(principal, current);
        return publishOpportunity(current, new Date());
      }),
    );
  }

  async extendDeadline(principal: Principal, opportunityId: string, deadline: string): Promise<OpportunityResponse> {
    return toResponse(
      await this.aggregate.modify(opportunityId, (current) => {
        assertCanManage(principal, current);
        return extendDeadline(current, deadline, new Date());
      }),
    );
  }

  async close(principal: Principal, opportunityId: string, reason: string | undefined): Promise<OpportunityResponse> {
    return toResponse(
      await this.aggregate.modify(opportunityId, (current) => {
        assertCanManage(principal, current);
        return closeOpportunity(current, reason, new Date());
      }),
    );
  }

  async cancel(principal: Principal, opportunityId: string, reason: string | undefined): Promise<OpportunityResponse> {
    return toResponse(
      await this.aggregate.modify(opportunityId, (current) => {
        assertCanManage(principal, current);
        return cancelOpportunity(current, reason, new Date());
      }),
    );
  }
}
