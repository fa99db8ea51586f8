import { decodeKeysetCursor, DEFAULT_PAGE_SIZE, DomainConflictError, DomainNotFoundError, RequestValidationException, toKeysetPage, type KeysetPage } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import { NO_MEMBERS, registerCluster, updateCluster, type ClusterState } from './domain/cluster';
import type { ListClustersQuery } from './http/list-clusters.query';
import type { RegisterClusterDto } from './http/register-cluster.dto';
import type { UpdateClusterDto } from './http/update-cluster.dto';
import { ClusterAggregate } from './persistence/cluster.aggregate';
import { ClusterRepository } from './persistence/cluster.repository';

@Injectable()
export class ClustersService {
  constructor(
    private readonly clusters: ClusterAggregate,
    private readonly repository: ClusterRepository,
  ) {}

  register(dto: RegisterClusterDto): Promise<ClusterState> {
    const change = registerCluster(
      dto.clusterId,
      {
        name: dto.name,
        country: dto.country,
        region: dto.region,
        city: dto.city,
        website: dto.website,
        focusSectors: dto.focusSectors ?? [],
        memberCounts: dto.memberCounts ? { ...dto.memberCounts } : { ...NO_MEMBERS },
        secretariat: dto.secretariat ?? false,
        status: dto.status ?? 'active',
      },
      new Date(),
    );
    return this.clusters.register(change);
  }

  update(clusterId: string, dto: UpdateClusterDto): Promise<ClusterState> {
    const patch = { ...dto, memberCounts: dto.memberCounts ? { ...dto.memberCounts } : undefined };
    return this.clusters.modify(clusterId, (current) => updateCluster(current, patch, new Date()));
  }

  async get(clusterId: string): Promise<ClusterState> {
    const cluster = await this.clusters.find(clusterId);
    if (cluster === null) throw new DomainNotFoundError(`cluster ${clusterId} not found`);
    return cluster;
  }

  /** Slug order; the slug is both the keyset's sort key and its tie-breaker. */
  async list(query: ListClustersQuery): Promise<KeysetPage<ClusterState>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.repository.list(query, limit + 1, decodeKeysetCursor(query.cursor));
    return toKeysetPage(rows, limit, (cluster) => ({ key: cluster.clusterId, id: cluster.clusterId }));
  }

  /**
   * An organisation may only join a cluster membership knows and that is active. Membership keeps
   * its own clusters, so this is a local read, not a call to another service.
   */
  async requireOpenForMembers(clusterId: string): Promise<ClusterState> {
    const cluster = await this.clusters.find(clusterId);
    if (cluster === null) throw new RequestValidationException([{ field: 'clusterId', reason: `cluster ${clusterId} is not registered` }]);
    if (cluster.status !== 'active') throw new DomainConflictError(`cluster ${clusterId} is ${cluster.status} and accepts no new members`);
    return cluster;
  }
}
