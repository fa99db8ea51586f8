import type { OpportunitySnapshotV1, PublishedOpportunityStatus } from '@icn/contracts';
import type { OpportunityState } from './opportunity';

/**
 * The published state as events carry it. Only called for opportunities that have been published
 * (the lifecycle guarantees it); bookkeeping such as `searchTerms` stays inside the service.
 */
export function toSnapshot(state: OpportunityState): OpportunitySnapshotV1 {
  if (state.status === 'draft' || state.publishedAt === undefined) {
    throw new Error(`opportunity ${state.opportunityId} is a draft and has no published snapshot`);
  }
  const snapshot: OpportunitySnapshotV1 = {
    opportunityId: state.opportunityId,
    type: state.type,
    title: state.title,
    description: state.description,
    originClusterId: state.originClusterId,
    publisher: { ...state.publisher },
    sectors: [...state.sectors],
    technologies: [...state.technologies],
    targetCountries: [...state.targetCountries],
    targetClusterIds: [...state.targetClusterIds],
    targetHelixTypes: [...state.targetHelixTypes],
    deadline: state.deadline,
    links: state.links.map((link) => ({ ...link })),
    visibility: state.visibility,
    status: state.status satisfies PublishedOpportunityStatus,
    version: state.version,
    createdAt: state.createdAt,
    publishedAt: state.publishedAt,
    updatedAt: state.updatedAt,
  };
  if (state.value !== undefined) snapshot.value = { ...state.value };
  return snapshot;
}
