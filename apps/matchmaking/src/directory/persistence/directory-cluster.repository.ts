import { applyGuardedWrite, type ApplyOutcome, type GuardedCollection, type ProjectionWrite } from '@icn/messaging';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CONFIG, DATABASE_CONNECTION } from '@icn/platform';
import type { Connection, mongo } from 'mongoose';
import type { MatchmakingConfig } from '../../matchmaking.config';
import { DIRECTORY_CLUSTERS_COLLECTION, type DirectoryClusterDocument } from './directory-cluster.document';
import { afterPosition, clusterFilter, DIRECTORY_SORT, type ClusterCriteria, type PageRequest } from './directory-query';

/** The cluster directory in matchmaking's own database; written only by the projection. */
@Injectable()
export class DirectoryClusterRepository implements OnModuleInit {
  private readonly collection: mongo.Collection<DirectoryClusterDocument>;
  /** The same collection, untyped for the projection's dotted-path updates (see GuardedProjection). */
  readonly projectionTarget: GuardedCollection;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection, @Inject(CONFIG) config: Pick<MatchmakingConfig, 'DIRECTORY_COLLECTION_SUFFIX'>) {
    const name = `${DIRECTORY_CLUSTERS_COLLECTION}${config.DIRECTORY_COLLECTION_SUFFIX}`;
    this.collection = connection.collection<DirectoryClusterDocument>(name);
    this.projectionTarget = connection.collection<{ _id: string }>(name);
  }

  async onModuleInit(): Promise<void> {
    // GET /directory/clusters: the (name, _id) keyset order. The network has tens of clusters, so
    // the other filters scan this small collection rather than carry their own indexes.
    await this.collection.createIndex({ name: 1, _id: 1 });
  }

  /** One write under the sequence guard (the projection's one-event path; see GuardedProjection). */
  apply(write: ProjectionWrite): Promise<ApplyOutcome> {
    return applyGuardedWrite(this.projectionTarget, write);
  }

  findById(clusterId: string): Promise<DirectoryClusterDocument | null> {
    return this.collection.findOne({ _id: clusterId });
  }

  /** Fetches one more than asked so the caller knows whether a next page exists. */
  findPage(criteria: ClusterCriteria, page: PageRequest): Promise<DirectoryClusterDocument[]> {
    return this.collection
      .find(afterPosition(clusterFilter(criteria), page.after))
      .sort(DIRECTORY_SORT)
      .limit(page.limit + 1)
      .toArray();
  }

  count(criteria: ClusterCriteria): Promise<number> {
    return this.collection.countDocuments(clusterFilter(criteria));
  }
}
