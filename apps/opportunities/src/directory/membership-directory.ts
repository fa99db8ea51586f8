import { DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection, mongo } from 'mongoose';
import {
  DIRECTORY_CLUSTERS_COLLECTION,
  DIRECTORY_ORGANISATIONS_COLLECTION,
  type DirectoryCluster,
  type DirectoryOrganisation,
} from './directory.documents';
import { toGuardedUpdate, type DirectoryWrite } from './directory-projection';

export type ApplyOutcome = 'applied' | 'stale' | 'missing';

const DUPLICATE_KEY = 11000;

/**
 * The membership read model: written only by the directory consumer, read by the opportunity
 * commands (is the origin cluster active? is this member's organisation active in it?) and by
 * delivery (who is the subscriber?). Eventually consistent with membership, by design.
 */
@Injectable()
export class MembershipDirectory implements OnModuleInit {
  private readonly clusters: mongo.Collection<DirectoryCluster>;
  private readonly organisations: mongo.Collection<DirectoryOrganisation>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.clusters = connection.collection<DirectoryCluster>(DIRECTORY_CLUSTERS_COLLECTION);
    this.organisations = connection.collection<DirectoryOrganisation>(DIRECTORY_ORGANISATIONS_COLLECTION);
  }

  async onModuleInit(): Promise<void> {
    // findOrganisationsOfCluster(): a cluster's members (delivery targets a whole cluster).
    await this.organisations.createIndex({ clusterId: 1 });
  }

  findCluster(clusterId: string): Promise<DirectoryCluster | null> {
    return this.clusters.findOne({ _id: clusterId });
  }

  async findClusters(clusterIds: readonly string[]): Promise<DirectoryCluster[]> {
    if (clusterIds.length === 0) return [];
    return this.clusters.find({ _id: { $in: [...clusterIds] } }).toArray();
  }

  findOrganisation(organisationId: string): Promise<DirectoryOrganisation | null> {
    return this.organisations.findOne({ _id: organisationId });
  }

  findOrganisationsOfCluster(clusterId: string): Promise<DirectoryOrganisation[]> {
    return this.organisations.find({ clusterId }).toArray();
  }

  /**
   * Applies one event under the sequence guard. Upsert colliding on `_id` (11000) means the
   * document exists and is not older: stale. A delta that matches nothing is stale if the
   * document exists, missing otherwise (its snapshot event was dead-lettered).
   */
  async apply(change: DirectoryWrite): Promise<ApplyOutcome> {
    const collection = (change.kind === 'cluster' ? this.clusters : this.organisations) as unknown as mongo.Collection<{ _id: string }>;
    const { filter, update, upsert } = toGuardedUpdate(change);
    try {
      const result = await collection.updateOne(filter, update, { upsert });
      if (result.matchedCount > 0 || result.upsertedCount > 0) return 'applied';
    } catch (error) {
      if (upsert && (error as { code?: unknown }).code === DUPLICATE_KEY) return 'stale';
      throw error;
    }
    return (await collection.findOne({ _id: change.id }, { projection: { _id: 1 } })) === null ? 'missing' : 'stale';
  }
}
