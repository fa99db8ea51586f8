import mongoose, { type Connection } from 'mongoose';

/** The bookkeeping every consortia projection keeps next to the copied data (ProjectionBookkeeping). */
export interface ProjectionCounters {
  lastSequence: number;
  appliedEvents: number;
}

/** Consortia's copy of a cluster (collection `directory_clusters`). */
export interface ConsortiaDirectoryCluster extends ProjectionCounters {
  _id: string;
  name: string;
  country: string;
  status: string;
}

/** Consortia's copy of an organisation (collection `directory_organisations`). */
export interface ConsortiaDirectoryOrganisation extends ProjectionCounters {
  _id: string;
  clusterId: string;
  name: string;
  helixType: string;
  companySize?: string;
  country: string;
  status: string;
}

/** Consortia's copy of a funding call (collection `funding_calls`): the latest opportunity snapshot. */
export interface ConsortiaFundingCall extends ProjectionCounters {
  _id: string;
  opportunity: { opportunityId: string; title: string; status: string; deadline: string; version: number; value?: { amount: number; currency: string } };
}

/**
 * Read-only access to the read models in a scenario's own consortia database. Consortia serves its
 * directory only through commands (an unknown lead is a 404), so a scenario waits for and
 * reconciles the copies where they live, as the matchmaking scenarios read matchmaking's database.
 * Lookups are by `_id`, the one query FerretDB serves from an index.
 */
export class ConsortiaReadModels {
  private constructor(private readonly connection: Connection) {}

  static async open(mongoUri: string, dbName: string): Promise<ConsortiaReadModels> {
    return new ConsortiaReadModels(await mongoose.createConnection(mongoUri, { dbName, serverSelectionTimeoutMS: 5_000 }).asPromise());
  }

  cluster(clusterId: string): Promise<ConsortiaDirectoryCluster | null> {
    return this.connection.collection<ConsortiaDirectoryCluster>('directory_clusters').findOne({ _id: clusterId });
  }

  organisation(organisationId: string): Promise<ConsortiaDirectoryOrganisation | null> {
    return this.connection.collection<ConsortiaDirectoryOrganisation>('directory_organisations').findOne({ _id: organisationId });
  }

  fundingCall(opportunityId: string): Promise<ConsortiaFundingCall | null> {
    return this.connection.collection<ConsortiaFundingCall>('funding_calls').findOne({ _id: opportunityId });
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}
