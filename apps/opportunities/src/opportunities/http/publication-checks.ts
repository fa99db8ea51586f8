import { DomainAccessDeniedError, RequestValidationException, type Principal } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import { MembershipDirectory } from '../../directory/persistence/membership-directory';
import { canPublishFor } from '../domain/opportunity-access';

/**
 * Checks against the membership read model (eventually consistent with membership: a cluster
 * registered a moment ago may not be known yet, and the caller is told so).
 */
@Injectable()
export class PublicationChecks {
  constructor(private readonly directory: MembershipDirectory) {}

  /** The cluster this caller publishes for: its own, or the one a network admin names. */
  async originFor(principal: Principal, requested: string | undefined): Promise<string> {
    const origin = requested ?? (principal.role === 'network-admin' ? undefined : principal.clusterId);
    if (origin === undefined) {
      throw new RequestValidationException([{ field: 'originClusterId', reason: 'is required when publishing as the network admin' }]);
    }
    if (!canPublishFor(principal, origin)) {
      throw new DomainAccessDeniedError(`you may only publish opportunities for your own cluster (${principal.clusterId ?? 'none'})`);
    }
    const cluster = await this.directory.findCluster(origin);
    if (cluster === null || cluster.status !== 'active') {
      throw new RequestValidationException([{ field: 'originClusterId', reason: `${origin} is not a registered, active cluster` }]);
    }
    if (principal.role === 'member') await this.assertActiveMember(principal, origin);
    return origin;
  }

  async assertTargetsExist(targetClusterIds: readonly string[] | undefined): Promise<void> {
    if (targetClusterIds === undefined || targetClusterIds.length === 0) return;
    const known = new Set((await this.directory.findClusters(targetClusterIds)).map((cluster) => cluster._id));
    const unknown = [...new Set(targetClusterIds)].filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new RequestValidationException([{ field: 'targetClusterIds', reason: `unknown cluster(s): ${unknown.join(', ')}` }]);
    }
  }

  /** A member publishes on behalf of its organisation, which must be an active member of the cluster. */
  private async assertActiveMember(principal: Principal, clusterId: string): Promise<void> {
    const organisation = principal.organisationId === undefined ? null : await this.directory.findOrganisation(principal.organisationId);
    if (organisation === null || organisation.status !== 'active' || organisation.clusterId !== clusterId) {
      throw new DomainAccessDeniedError(`organisation ${principal.organisationId ?? '(none)'} is not an active member of cluster ${clusterId}`);
    }
  }
}
