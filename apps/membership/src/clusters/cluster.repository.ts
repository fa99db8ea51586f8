import { DATABASE_CONNECTION, DomainConflictError, isDuplicateKeyError } from '@icn/platform';
import { appendToOutbox, OutboxRelay, type OutboxEntry } from '@icn/messaging';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Connection, FilterQuery, Model } from 'mongoose';
import type { ClusterStatus } from '@icn/contracts';
import { withoutUndefined } from '../common/without-undefined';
import type { ClusterState } from './cluster';
import { clusterSchema, type ClusterDocument } from './cluster.schema';

export interface ClusterFilter {
  country?: string;
  status?: ClusterStatus;
  sector?: string;
}

const OPTIONAL_FIELDS = ['region', 'city', 'website'] as const;

/** Clusters in membership's own database; same one-write-per-change rule as organisations. */
@Injectable()
export class ClusterRepository implements OnModuleInit {
  readonly model: Model<ClusterDocument>;

  get collectionName(): string {
    return this.model.collection.collectionName;
  }

  constructor(
    @Inject(DATABASE_CONNECTION) connection: Connection,
    private readonly relay: OutboxRelay,
  ) {
    this.model = connection.model<ClusterDocument>('Cluster', clusterSchema);
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
    // The relay removes published entries under the same per-aggregate lock the writer holds.
    this.relay.register(this.model);
  }

  async insert(state: ClusterState, entry: OutboxEntry): Promise<void> {
    try {
      await this.model.create([{ ...toDocumentFields(state), _id: state.clusterId, outbox: [entry] }]);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new DomainConflictError(`cluster ${state.clusterId} is already registered`);
      throw error;
    }
  }

  /** Version-guarded replace with the event appended; false on a concurrent modification. */
  async replace(next: ClusterState, expectedVersion: number, entry: OutboxEntry): Promise<boolean> {
    const cleared = OPTIONAL_FIELDS.filter((field) => next[field] === undefined);
    const result = await this.model.updateOne(
      { _id: next.clusterId, version: expectedVersion },
      {
        $set: toDocumentFields(next),
        ...(cleared.length > 0 ? { $unset: Object.fromEntries(cleared.map((field) => [field, ''])) } : {}),
        ...appendToOutbox([entry]),
      },
    );
    return result.matchedCount === 1;
  }

  async findById(clusterId: string): Promise<ClusterState | null> {
    const document = await this.model.findById(clusterId, { outbox: 0 }).lean<ClusterDocument>().exec();
    return document ? toState(document) : null;
  }

  async list(filter: ClusterFilter, limit: number, afterId?: string): Promise<ClusterState[]> {
    const query: FilterQuery<ClusterDocument> = withoutUndefined({
      country: filter.country,
      status: filter.status,
      focusSectors: filter.sector,
      _id: afterId !== undefined ? { $gt: afterId } : undefined,
    });
    const documents = await this.model.find(query, { outbox: 0 }).sort({ _id: 1 }).limit(limit).lean<ClusterDocument[]>().exec();
    return documents.map(toState);
  }
}

function toDocumentFields(state: ClusterState): Omit<ClusterDocument, '_id' | 'outbox'> {
  const { clusterId: _id, ...fields } = state;
  return withoutUndefined(fields);
}

function toState(document: ClusterDocument): ClusterState {
  const { _id, outbox: _outbox, ...fields } = document;
  return withoutUndefined({ ...fields, clusterId: _id, memberCounts: { ...document.memberCounts } });
}
