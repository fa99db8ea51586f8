import { DATABASE_CONNECTION, DomainConflictError, isDuplicateKeyError } from '@icn/platform';
import { appendToOutbox, OutboxRelay, type OutboxEntry } from '@icn/messaging';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Connection, FilterQuery, Model } from 'mongoose';
import type { CompanySize, HelixType, OrganisationStatus } from '@icn/contracts';
import { containsPattern } from '../common/text-match';
import { withoutUndefined } from '../common/without-undefined';
import type { OrganisationState } from './organisation';
import { organisationSchema, type OrganisationDocument } from './organisation.schema';

export interface OrganisationFilter {
  clusterId?: string;
  helixType?: HelixType;
  companySize?: CompanySize;
  country?: string;
  sector?: string;
  technology?: string;
  status?: OrganisationStatus;
  /** Case-insensitive substring of the name. */
  name?: string;
}

/** Optional state fields: a write must `$unset` them when the new state no longer has them. */
const OPTIONAL_FIELDS = ['companySize', 'city', 'website', 'description', 'trl', 'suspendedAt', 'suspensionReason', 'leftAt', 'leftReason'] as const;

/**
 * Organisations in membership's own database. Every write stores the new state and its event in
 * one document write (FerretDB has no transactions), so state and outbox can never disagree.
 */
@Injectable()
export class OrganisationRepository implements OnModuleInit {
  readonly model: Model<OrganisationDocument>;

  get collectionName(): string {
    return this.model.collection.collectionName;
  }

  constructor(
    @Inject(DATABASE_CONNECTION) connection: Connection,
    private readonly relay: OutboxRelay,
  ) {
    this.model = connection.model<OrganisationDocument>('Organisation', organisationSchema);
  }

  async onModuleInit(): Promise<void> {
    // Build the indexes before serving rather than racing the first queries.
    await this.model.init();
    // The relay removes published entries under the same per-aggregate lock the writer holds.
    this.relay.register(this.model);
  }

  /** First write of an aggregate: the document is created with its first event inside. */
  async insert(state: OrganisationState, entry: OutboxEntry): Promise<void> {
    try {
      await this.model.create([{ ...toDocumentFields(state), _id: state.organisationId, outbox: [entry] }]);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new DomainConflictError(`organisation ${state.organisationId} already exists`);
      throw error;
    }
  }

  /**
   * Replaces the state if nobody changed it since `expectedVersion` was read, appending the event
   * in the same write. Returns false on a concurrent modification (the caller re-reads and retries).
   */
  async replace(next: OrganisationState, expectedVersion: number, entry: OutboxEntry): Promise<boolean> {
    const fields = toDocumentFields(next);
    const cleared = OPTIONAL_FIELDS.filter((field) => next[field] === undefined);
    const result = await this.model.updateOne(
      { _id: next.organisationId, version: expectedVersion },
      {
        $set: fields,
        ...(cleared.length > 0 ? { $unset: Object.fromEntries(cleared.map((field) => [field, ''])) } : {}),
        ...appendToOutbox([entry]),
      },
    );
    return result.matchedCount === 1;
  }

  async findById(organisationId: string): Promise<OrganisationState | null> {
    const document = await this.model.findById(organisationId, { outbox: 0 }).lean<OrganisationDocument>().exec();
    return document ? toState(document) : null;
  }

  /** One page in _id order; asks for `limit` rows (the service asks for one extra to detect a next page). */
  async list(filter: OrganisationFilter, limit: number, afterId?: string): Promise<OrganisationState[]> {
    const query: FilterQuery<OrganisationDocument> = withoutUndefined({
      clusterId: filter.clusterId,
      helixType: filter.helixType,
      companySize: filter.companySize,
      country: filter.country,
      sectors: filter.sector,
      technologies: filter.technology,
      status: filter.status,
      name: filter.name !== undefined ? containsPattern(filter.name) : undefined,
      _id: afterId !== undefined ? { $gt: afterId } : undefined,
    });
    const documents = await this.model.find(query, { outbox: 0 }).sort({ _id: 1 }).limit(limit).lean<OrganisationDocument[]>().exec();
    return documents.map(toState);
  }
}

function toDocumentFields(state: OrganisationState): Omit<OrganisationDocument, '_id' | 'outbox'> {
  const { organisationId: _id, ...fields } = state;
  return withoutUndefined(fields);
}

function toState(document: OrganisationDocument): OrganisationState {
  const { _id, outbox: _outbox, ...fields } = document;
  return withoutUndefined({ ...fields, organisationId: _id, contacts: fields.contacts.map((contact) => withoutUndefined({ ...contact })) });
}
