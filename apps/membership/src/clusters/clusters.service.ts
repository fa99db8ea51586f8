import { DEFAULT_PAGE_SIZE, RequestValidationException } from '@icn/platform';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AggregateWriter } from '../common/aggregate-writer';
import { decodeCursor, toPage, type Page } from '../common/cursor';
import { NO_MEMBERS, registerCluster, updateCluster, type ClusterState } from './cluster';
import { ClusterRepository } from './cluster.repository';
import type { ListClustersQuery } from './dto/list-clusters.query';
import type { RegisterClusterDto } from './dto/register-cluster.dto';
import type { UpdateClusterDto } from './dto/update-cluster.dto';

@Injectable()
export class ClustersService {
  constructor(
    private readonly clusters: ClusterRepository,
    private readonly writer: AggregateWriter,
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
    return this.writer.create(this.clusters, dto.clusterId, change);
  }

  update(clusterId: string, dto: UpdateClusterDto): Promise<ClusterState> {
    const patch = { ...dto, memberCounts: dto.memberCounts ? { ...dto.memberCounts } : undefined };
    return this.writer.modify(this.clusters, 'cluster', clusterId, (current) => updateCluster(current, patch, new Date()));
  }

  async get(clusterId: string): Promise<ClusterState> {
    const cluster = await this.clusters.findById(clusterId);
    if (cluster === null) throw new NotFoundException(`cluster ${clusterId} not found`);
    return cluster;
  }

  async list(query: ListClustersQuery): Promise<Page<ClusterState>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.clusters.list(query, limit + 1, decodeCursor(query.cursor));
    return toPage(rows, limit, (cluster) => cluster.clusterId);
  }

  /**
   * An organisation may only join a cluster membership knows and that is active. Membership keeps
   * its own clusters collection, so this is a local read, not a call to another service.
   */
  async requireOpenForMembers(clusterId: string): Promise<ClusterState> {
    const cluster = await this.clusters.findById(clusterId);
    if (cluster === null) throw new RequestValidationException([{ field: 'clusterId', reason: `cluster ${clusterId} is not registered` }]);
    if (cluster.status !== 'active') throw new ConflictException(`cluster ${clusterId} is ${cluster.status} and accepts no new members`);
    return cluster;
  }
}
