import { applyGuardedWrite, type ApplyOutcome, type GuardedCollection, type ProjectionWrite, type WrittenDocument } from '@icn/messaging';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CONFIG, DATABASE_CONNECTION } from '@icn/platform';
import type { Connection, mongo } from 'mongoose';
import type { MatchmakingConfig } from '../../matchmaking.config';
import { DIRECTORY_ORGANISATIONS_COLLECTION, type DirectoryOrganisationDocument } from './directory-organisation.document';
import { afterPosition, DIRECTORY_SORT, organisationFilter, type OrganisationCriteria, type PageRequest } from './directory-query';

/** The organisation directory in matchmaking's own database; written only by the projection. */
@Injectable()
export class DirectoryOrganisationRepository implements OnModuleInit {
  private readonly collection: mongo.Collection<DirectoryOrganisationDocument>;
  /** The same collection, untyped for the projection's dotted-path updates (see GuardedProjection). */
  readonly projectionTarget: GuardedCollection;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection, @Inject(CONFIG) config: Pick<MatchmakingConfig, 'DIRECTORY_COLLECTION_SUFFIX'>) {
    const name = `${DIRECTORY_ORGANISATIONS_COLLECTION}${config.DIRECTORY_COLLECTION_SUFFIX}`;
    this.collection = connection.collection<DirectoryOrganisationDocument>(name);
    this.projectionTarget = connection.collection<{ _id: string }>(name);
  }

  async onModuleInit(): Promise<void> {
    // GET /directory/organisations without filters: the (name, _id) keyset order.
    await this.collection.createIndex({ name: 1, _id: 1 });
    // GET /directory/organisations?clusterId=…: one cluster's members in directory order.
    await this.collection.createIndex({ clusterId: 1, name: 1, _id: 1 });
    // ?country=…
    await this.collection.createIndex({ country: 1 });
    // ?sector=… (multikey: matches any element of sectors)
    await this.collection.createIndex({ sectors: 1 });
    // ?technology=… (multikey)
    await this.collection.createIndex({ technologies: 1 });
  }

  /** One write under the sequence guard (the projection's one-event path; see GuardedProjection). */
  apply(write: ProjectionWrite): Promise<ApplyOutcome> {
    return applyGuardedWrite(this.projectionTarget, write);
  }

  /**
   * A document the projection inserted into this collection, as stored: it built it from this read
   * model's own projection writes, so the shape is this collection's (the driver's untyped view of
   * the same collection is what makes the cast necessary, see projectionTarget).
   */
  asStored(written: WrittenDocument): DirectoryOrganisationDocument {
    return written as unknown as DirectoryOrganisationDocument;
  }

  findById(organisationId: string): Promise<DirectoryOrganisationDocument | null> {
    return this.collection.findOne({ _id: organisationId });
  }

  /** Every organisation, streamed in `_id` order so that a full load never holds two copies. */
  streamAll(): AsyncIterable<DirectoryOrganisationDocument> {
    return this.collection.find({}).sort({ _id: 1 });
  }

  /** Fetches one more than asked so the caller knows whether a next page exists. */
  findPage(criteria: OrganisationCriteria, page: PageRequest): Promise<DirectoryOrganisationDocument[]> {
    return this.collection
      .find(afterPosition(organisationFilter(criteria), page.after))
      .sort(DIRECTORY_SORT)
      .limit(page.limit + 1)
      .toArray();
  }

  count(criteria: OrganisationCriteria): Promise<number> {
    return this.collection.countDocuments(organisationFilter(criteria));
  }
}
