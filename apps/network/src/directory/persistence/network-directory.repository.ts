import type { GuardedCollection } from '@icn/messaging';
import { CONFIG, DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Connection, mongo } from 'mongoose';
import type { NetworkConfig } from '../../network.config';
import { DIRECTORY_CLUSTERS_COLLECTION, type DirectoryClusterDocument } from './directory-cluster.document';
import { DIRECTORY_ORGANISATIONS_COLLECTION, type DirectoryOrganisationDocument } from './directory-organisation.document';

/**
 * Network's membership read model: written only by the projection, read by `_id` (the one
 * lookup FerretDB serves from an index) when an application is drafted or a programme's fit is checked.
 */
@Injectable()
export class NetworkDirectory {
  private readonly organisations: mongo.Collection<DirectoryOrganisationDocument>;
  private readonly clusters: mongo.Collection<DirectoryClusterDocument>;
  /** The organisations, untyped for the projection's guarded updates (see GuardedProjection). */
  readonly organisationsProjectionTarget: GuardedCollection;
  /** The clusters, likewise. */
  readonly clustersProjectionTarget: GuardedCollection;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection, @Inject(CONFIG) config: Pick<NetworkConfig, 'DIRECTORY_COLLECTION_SUFFIX'>) {
    const organisations = `${DIRECTORY_ORGANISATIONS_COLLECTION}${config.DIRECTORY_COLLECTION_SUFFIX}`;
    const clusters = `${DIRECTORY_CLUSTERS_COLLECTION}${config.DIRECTORY_COLLECTION_SUFFIX}`;
    this.organisations = connection.collection<DirectoryOrganisationDocument>(organisations);
    this.clusters = connection.collection<DirectoryClusterDocument>(clusters);
    this.organisationsProjectionTarget = connection.collection<{ _id: string }>(organisations);
    this.clustersProjectionTarget = connection.collection<{ _id: string }>(clusters);
  }

  findOrganisation(organisationId: string): Promise<DirectoryOrganisationDocument | null> {
    return this.organisations.findOne({ _id: organisationId });
  }

  findCluster(clusterId: string): Promise<DirectoryClusterDocument | null> {
    return this.clusters.findOne({ _id: clusterId });
  }
}
