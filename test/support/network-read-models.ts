import mongoose, { type Connection } from 'mongoose';

/** Network's copy of a cluster (collection `directory_clusters`), with the projection's bookkeeping. */
export interface NetworkDirectoryCluster {
  _id: string;
  name: string;
  country: string;
  status: string;
  lastSequence: number;
}

/**
 * Read-only access to the read models in a scenario's own network database: network serves its
 * directory only through commands, so a scenario waits for its copy where it lives (by `_id`, the
 * one query FerretDB serves from an index), as the consortia scenarios do.
 */
export class NetworkReadModels {
  private constructor(private readonly connection: Connection) {}

  static async open(mongoUri: string, dbName: string): Promise<NetworkReadModels> {
    return new NetworkReadModels(await mongoose.createConnection(mongoUri, { dbName, serverSelectionTimeoutMS: 5_000 }).asPromise());
  }

  cluster(clusterId: string): Promise<NetworkDirectoryCluster | null> {
    return this.connection.collection<NetworkDirectoryCluster>('directory_clusters').findOne({ _id: clusterId });
  }

  /** Network's copy of an organisation (collection `directory_organisations`): who may apply to a programme. */
  async hasOrganisation(organisationId: string): Promise<boolean> {
    return (await this.connection.collection<{ _id: string }>('directory_organisations').findOne({ _id: organisationId })) !== null;
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}
