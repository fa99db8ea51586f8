import type { GuardedCollection } from '@icn/messaging';
import { CONFIG, DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection, mongo } from 'mongoose';
import type { OpportunitiesConfig } from '../../opportunities.config';
import {
  DIRECTORY_CLUSTERS_COLLECTION,
  DIRECTORY_ORGANISATIONS_COLLECTION,
  type DirectoryCluster,
  type DirectoryContact,
  type DirectoryOrganisation,
} from './directory.documents';

/**
 * The membership read model: written only by the directory consumer, read by the opportunity
 * commands (is the origin cluster active? is this member's organisation active in it?) and by
 * delivery (who is the subscriber?). Eventually consistent with membership, by design.
 */
@Injectable()
export class MembershipDirectory implements OnModuleInit {
  private readonly clusters: mongo.Collection<DirectoryCluster>;
  private readonly organisations: mongo.Collection<DirectoryOrganisation>;
  /** The same collections as the consumer's GuardedProjections write them (by `_id` only). */
  readonly clustersTarget: GuardedCollection;
  readonly organisationsTarget: GuardedCollection;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection, @Inject(CONFIG) config: Pick<OpportunitiesConfig, 'DIRECTORY_COLLECTION_SUFFIX'>) {
    const clusters = `${DIRECTORY_CLUSTERS_COLLECTION}${config.DIRECTORY_COLLECTION_SUFFIX}`;
    const organisations = `${DIRECTORY_ORGANISATIONS_COLLECTION}${config.DIRECTORY_COLLECTION_SUFFIX}`;
    this.clusters = connection.collection<DirectoryCluster>(clusters);
    this.organisations = connection.collection<DirectoryOrganisation>(organisations);
    this.clustersTarget = connection.collection<{ _id: string }>(clusters);
    this.organisationsTarget = connection.collection<{ _id: string }>(organisations);
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

  /** The organisation's contacts by id (empty when it or they are unknown). */
  async findContacts(organisationId: string): Promise<Record<string, DirectoryContact>> {
    const organisation = await this.organisations.findOne({ _id: organisationId }, { projection: { contacts: 1 } });
    return organisation?.contacts ?? {};
  }

  findOrganisationsOfCluster(clusterId: string): Promise<DirectoryOrganisation[]> {
    return this.organisations.find({ clusterId }).toArray();
  }
}
