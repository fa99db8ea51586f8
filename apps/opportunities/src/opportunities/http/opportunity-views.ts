import type { OpportunityState } from '../domain/opportunity';
import type { OpportunityResponse } from './dto/opportunity.response';

/** The API's view of the state: everything but the internal search terms. */
export function toResponse(state: OpportunityState): OpportunityResponse {
  const { searchTerms: _searchTerms, ...view } = state;
  return view;
}
