import { mongooseSnapshots, type SnapshotStore } from '@icn/messaging';
import { DATABASE_CONNECTION, withoutUndefined, type KeysetPosition } from '@icn/platform';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Connection, FilterQuery, Model } from 'mongoose';
import type { CompanySize, HelixType, OrganisationStatus } from '@icn/contracts';
import type { OrganisationState } from '../domain/organisation';
import { organisationSnapshotMapping } from './organisation-snapshot.mapping';
import { organisationSchema, type OrganisationDocument } from './organisation.schema';
import { containsPattern } from './text-match';

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

/**
 * Organisations in membership's own database: the snapshots the write path keeps (ADR 12) and the
 * directory queries over them. Nothing here writes an organisation; OrganisationAggregate does.
 */
@Injectable()
export class OrganisationRepository implements OnModuleInit {
  private readonly model: Model<OrganisationDocument>;
  readonly snapshots: SnapshotStore<OrganisationState>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<OrganisationDocument>('Organisation', organisationSchema);
    this.snapshots = mongooseSnapshots<OrganisationState, OrganisationDocument>(this.model, organisationSnapshotMapping);
  }

  async onModuleInit(): Promise<void> {
    // Build the indexes before serving rather than racing the first queries.
    await this.model.init();
  }

  /** One page in _id order after `after`; asks for `limit` rows (the service asks for one extra to detect a next page). */
  async list(filter: OrganisationFilter, limit: number, after?: KeysetPosition): Promise<OrganisationState[]> {
    const query: FilterQuery<OrganisationDocument> = withoutUndefined({
      clusterId: filter.clusterId,
      helixType: filter.helixType,
      companySize: filter.companySize,
      country: filter.country,
      sectors: filter.sector,
      technologies: filter.technology,
      status: filter.status,
      name: filter.name !== undefined ? containsPattern(filter.name) : undefined,
      _id: after !== undefined ? { $gt: after.id } : undefined,
    });
    const documents = await this.model.find(query).sort({ _id: 1 }).limit(limit).lean<OrganisationDocument[]>().exec();
    return documents.map((document) => organisationSnapshotMapping.toState(document));
  }
}
