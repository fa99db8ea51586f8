import { DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Connection, mongo } from 'mongoose';
import { DIRECTORY_CLUSTERS_COLLECTION, type DirectoryClusterDocument } from '../../directory/read-model/directory-cluster.document';
import {
  DIRECTORY_ORGANISATIONS_COLLECTION,
  type DirectoryOrganisationDocument,
} from '../../directory/read-model/directory-organisation.document';

/**
 * The missions' read-only view of the directory read model (built from membership's events):
 * whether the organiser and host clusters exist, who an applicant or local owner organisation is.
 * Only `_id` lookups.
 */
@Injectable()
export class MissionDirectory {
  private readonly clusters: mongo.Collection<DirectoryClusterDocument>;
  private readonly organisations: mongo.Collection<DirectoryOrganisationDocument>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.clusters = connection.collection<DirectoryClusterDocument>(DIRECTORY_CLUSTERS_COLLECTION);
    this.organisations = connection.collection<DirectoryOrganisationDocument>(DIRECTORY_ORGANISATIONS_COLLECTION);
  }

  findCluster(clusterId: string): Promise<DirectoryClusterDocument | null> {
    return this.clusters.findOne({ _id: clusterId });
  }

  findOrganisation(organisationId: string): Promise<DirectoryOrganisationDocument | null> {
    return this.organisations.findOne({ _id: organisationId });
  }
}
