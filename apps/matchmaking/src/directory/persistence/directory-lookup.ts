import { CONFIG, DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Connection, mongo } from 'mongoose';
import type { MatchmakingConfig } from '../../matchmaking.config';
import { DIRECTORY_CLUSTERS_COLLECTION, type DirectoryClusterDocument } from './directory-cluster.document';
import {
  DIRECTORY_ORGANISATIONS_COLLECTION,
  type DirectoryOrganisationDocument,
} from './directory-organisation.document';

/**
 * Single lookups in the directory read model for the features that check who is asking or who is
 * named (the Passport, introductions, missions): an organisation with its cluster and status, a
 * cluster. Read-only, `_id` lookups only.
 */
@Injectable()
export class DirectoryLookup {
  private readonly clusters: mongo.Collection<DirectoryClusterDocument>;
  private readonly organisations: mongo.Collection<DirectoryOrganisationDocument>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection, @Inject(CONFIG) config: Pick<MatchmakingConfig, 'DIRECTORY_COLLECTION_SUFFIX'>) {
    this.clusters = connection.collection<DirectoryClusterDocument>(`${DIRECTORY_CLUSTERS_COLLECTION}${config.DIRECTORY_COLLECTION_SUFFIX}`);
    this.organisations = connection.collection<DirectoryOrganisationDocument>(`${DIRECTORY_ORGANISATIONS_COLLECTION}${config.DIRECTORY_COLLECTION_SUFFIX}`);
  }

  findCluster(clusterId: string): Promise<DirectoryClusterDocument | null> {
    return this.clusters.findOne({ _id: clusterId });
  }

  findOrganisation(organisationId: string): Promise<DirectoryOrganisationDocument | null> {
    return this.organisations.findOne({ _id: organisationId });
  }
}
