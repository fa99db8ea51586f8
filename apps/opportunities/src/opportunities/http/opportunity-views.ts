import type { Principal } from '@icn/platform';
import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { canManage, canSee } from '../domain/opportunity-access';
import type { OpportunityState } from '../domain/opportunity';
import type { OpportunityResponse } from '../http/dto/opportunity.response';

/** The API's view of the state: everything but the internal search terms. */
export function toResponse(state: OpportunityState): OpportunityResponse {
  const { searchTerms: _searchTerms, ...view } = state;
  return view;
}

/** 404 for what the caller may not even see (another cluster's draft), 403 for what it may not change. */
export function assertCanManage(principal: Principal, opportunity: OpportunityState): void {
  if (!canSee(principal, opportunity)) throw new NotFoundException(`opportunity ${opportunity.opportunityId} not found`);
  if (!canManage(principal, opportunity)) {
    throw new ForbiddenException(`only the network admin, the managers of cluster ${opportunity.originClusterId} and the publisher may change opportunity ${opportunity.opportunityId}`);
  }
}
