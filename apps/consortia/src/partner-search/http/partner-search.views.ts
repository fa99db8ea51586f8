import type { PartnerCandidateV1, PartnerSearchCompetenciesV1, PartnerSearchGapsV1 } from '@icn/contracts';
import type { PartnerProposal } from '../domain/partner-proposal-builder';
import type { PartnerSearchState, PartnerSearchStatus } from '../domain/partner-search';

/** The 202 answer to a new search: matchmaking answers through Kafka, the client polls the search. */
export interface PartnerSearchAccepted {
  requestId: string;
  consortiumId: string;
  status: 'pending';
}

export interface PartnerSearchView {
  requestId: string;
  consortiumId: string;
  status: PartnerSearchStatus;
  callTopic: string;
  competencies: PartnerSearchCompetenciesV1;
  gaps: PartnerSearchGapsV1;
  requestedAt: string;
  proposedAt?: string;
  /** Best first, each with the gaps it closes and the reasons behind its score. */
  candidates: PartnerCandidateV1[];
}

export interface PartnerProposalView extends PartnerProposal {
  requestId: string;
  consortiumId: string;
}

export function toSearchView(search: PartnerSearchState): PartnerSearchView {
  const { requestId, consortiumId, status, callTopic, competencies, gaps, requestedAt, proposedAt, candidates } = search;
  return { requestId, consortiumId, status, callTopic, competencies, gaps, requestedAt, ...(proposedAt === undefined ? {} : { proposedAt }), candidates };
}
