import type { OpportunitySnapshotV1 } from '@icn/contracts';
import type { Principal } from '@icn/platform';

/**
 * The opportunities service's visibility rule, applied to consortia's copy: a `network` call is for
 * everyone; a `target-clusters` call only for its origin and target clusters (and the secretariat).
 */
export function canSeeFundingCall(principal: Principal, call: OpportunitySnapshotV1): boolean {
  if (call.visibility === 'network' || principal.role === 'network-admin' || principal.role === 'integrator') return true;
  const clusterId = principal.clusterId;
  return clusterId !== undefined && (clusterId === call.originClusterId || call.targetClusterIds.includes(clusterId));
}
