import { applyGuardedWrite, type ApplyOutcome, type GuardedCollection, type ProjectionWrite } from '@icn/messaging';
import { DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Connection, mongo } from 'mongoose';
import { DIRECTORY_CLUSTERS_COLLECTION, type DirectoryClusterDocument } from '../read-model/directory-cluster.document';
import { DIRECTORY_ORGANISATIONS_COLLECTION, type DirectoryOrganisationDocument } from '../read-model/directory-organisation.document';

/**
 * Consortia's membership read model: written only by the projection, read by `_id` (the one
 * lookup FerretDB serves from an index) when a consortium is created or an organisation invited.
 */
@Injectable()
export class ConsortiaDirectory {
  private readonly organisations: mongo.Collection<DirectoryOrganisationDocument>;
  private readonly clusters: mongo.Collection<DirectoryClusterDocument>;
  private readonly organisationWrites: GuardedCollection;
  private readonly clusterWrites: GuardedCollection;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.organisations = connection.collection<DirectoryOrganisationDocument>(DIRECTORY_ORGANISATIONS_COLLECTION);
    this.clusters = connection.collection<DirectoryClusterDocument>(DIRECTORY_CLUSTERS_COLLECTION);
    this.organisationWrites = connection.collection<{ _id: string }>(DIRECTORY_ORGANISATIONS_COLLECTION);
    this.clusterWrites = connection.collection<{ _id: string }>(DIRECTORY_CLUSTERS_COLLECTION);
  }

  applyToOrganisation(write: ProjectionWrite): Promise<ApplyOutcome> {
    return applyGuardedWrite(this.organisationWrites, write);
  }

  applyToCluster(write: ProjectionWrite): Promise<ApplyOutcome> {
    return applyGuardedWrite(this.clusterWrites, write);
  }

  findOrganisation(organisationId: string): Promise<DirectoryOrganisationDocument | null> {
    return this.organisations.findOne({ _id: organisationId });
  }

  findCluster(clusterId: string): Promise<DirectoryClusterDocument | null> {
    return this.clusters.findOne({ _id: clusterId });
  }
}
