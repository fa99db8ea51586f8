import type { ClusterStatus, OrganisationStatus } from '@icn/contracts';
import { DomainConflictError } from '@icn/platform';

/**
 * Who may apply, as the directory read model (membership's events) knows it right now: only an
 * active member, and only to an active host cluster. A suspended member is still in the directory
 * (and may be reinstated), an organisation that left stays in it for good, and an inactive cluster
 * hosts nobody; each is a 409 that says which, so the applicant knows what has to change first.
 */
export function assertMayApply(
  organisation: { organisationId: string; status: OrganisationStatus },
  hostCluster: { clusterId: string; status: ClusterStatus },
): void {
  if (organisation.status === 'suspended') {
    throw new DomainConflictError(`organisation ${organisation.organisationId} is suspended in membership; it can apply again once reinstated`);
  }
  if (organisation.status === 'left') {
    throw new DomainConflictError(`organisation ${organisation.organisationId} has left the network; it can no longer apply`);
  }
  if (hostCluster.status !== 'active') {
    throw new DomainConflictError(`host cluster ${hostCluster.clusterId} is ${hostCluster.status}; it does not host visits`);
  }
}
