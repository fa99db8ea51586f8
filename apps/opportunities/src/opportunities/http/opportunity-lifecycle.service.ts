import type { Principal } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import { cancelOpportunity, closeOpportunity, extendDeadline, publishOpportunity } from '../domain/opportunity-lifecycle';
import type { OpportunityResponse } from '../http/dto/opportunity.response';
import { assertCanManage, toResponse } from './opportunity-views';
import { OpportunityWriter } from './opportunity-writer';

/** Lifecycle commands; each is authorised on the freshly read state, under the aggregate lock. */
@Injectable()
export class OpportunityLifecycleService {
  constructor(private readonly writer: OpportunityWriter) {}

  async publish(principal: Principal, opportunityId: string): Promise<OpportunityResponse> {
    return toResponse(
      await this.writer.modify(opportunityId, (current) => {
        assertCanManage(principal, current);
        return publishOpportunity(current, new Date());
      }),
    );
  }

  async extendDeadline(principal: Principal, opportunityId: string, deadline: string): Promise<OpportunityResponse> {
    return toResponse(
      await this.writer.modify(opportunityId, (current) => {
        assertCanManage(principal, current);
        return extendDeadline(current, deadline, new Date());
      }),
    );
  }

  async close(principal: Principal, opportunityId: string, reason: string | undefined): Promise<OpportunityResponse> {
    return toResponse(
      await this.writer.modify(opportunityId, (current) => {
        assertCanManage(principal, current);
        return closeOpportunity(current, reason, new Date());
      }),
    );
  }

  async cancel(principal: Principal, opportunityId: string, reason: string | undefined): Promise<OpportunityResponse> {
    return toResponse(
      await this.writer.modify(opportunityId, (current) => {
        assertCanManage(principal, current);
        return cancelOpportunity(current, reason, new Date());
      }),
    );
  }
}
