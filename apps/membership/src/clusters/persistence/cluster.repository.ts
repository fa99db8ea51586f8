import { mongooseSnapshots, type SnapshotStore } from '@icn/messaging';
import { DATABASE_CONNECTION, withoutUndefined, type KeysetPosition } from '@icn/platform';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Connection, FilterQuery, Model } from 'mongoose';
import type { ClusterStatus } from '@icn/contracts';
import type { ClusterState } from '../domain/cluster';
import { clusterSnapshotMapping } from './cluster-snapshot.mapping';
import { clusterSchema, type ClusterDocument } from './cluster.schema';

export interface ClusterFilter {
  country?: string;
  status?: ClusterStatus;
  sector?: string;
}

/**
 * Clusters in membership's own database: the snapshots the write path keeps (ADR 12) and the list
 * query over them. Nothing here writes a cluster; ClusterAggregate does.
 */
@Injectable()
export class ClusterRepository implements OnModuleInit {
  private readonly model: Model<ClusterDocument>;
  readonly snapshots: SnapshotStore<ClusterState>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<ClusterDocument>('Cluster', clusterSchema);
    this.snapshots = mongooseSnapshots<ClusterState, ClusterDocument>(this.model, clusterSnapshotMapping);
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /** One page in slug order after `after` (the service asks for one extra row to detect a next page). */
  async list(filter: ClusterFilter, limit: number, after?: KeysetPosition): Promise<ClusterState[]> {
    const query: FilterQuery<ClusterDocument> = withoutUndefined({
      country: filter.country,
      status: filter.status,
      focusSectors: filter.sector,
      _id: after !== undefined ? { $gt: after.id } : undefined,
    });
    const documents = await this.model.find(query).sort({ _id: 1 }).limit(limit).lean<ClusterDocument[]>().exec();
    return documents.map((document) => clusterSnapshotMapping.toState(document));
  }
}
