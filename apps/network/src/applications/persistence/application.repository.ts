import { mongooseSnapshots, type SnapshotStore } from '@icn/messaging';
import { afterKeysetPosition, DATABASE_CONNECTION, type KeysetPosition } from '@icn/platform';
import type { ApplicationStatus } from '@icn/contracts';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Connection, FilterQuery, Model } from 'mongoose';
import type { ApplicationListScope } from '../domain/application-access';
import type { ApplicationState } from '../domain/application';
import { applicationSchema, type ApplicationDocument } from './application.schema';

export interface ApplicationFilter {
  programmeId?: string;
  status?: ApplicationStatus;
}

/** The statuses in which an application is still in play (not final). */
const OPEN_STATUSES: readonly ApplicationStatus[] = ['draft', 'submitted', 'returned', 'endorsed', 'forwarded'];

/** Applications in network's own database: the write path's snapshots and the queries over them. */
@Injectable()
export class ApplicationRepository implements OnModuleInit {
  readonly model: Model<ApplicationDocument>;
  readonly snapshots: SnapshotStore<ApplicationState>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<ApplicationDocument>('Application', applicationSchema);
    this.snapshots = mongooseSnapshots<ApplicationState, ApplicationDocument>(this.model, {
      toDocument: ({ applicationId, ...fields }) => ({ ...(JSON.parse(JSON.stringify(fields)) as Omit<ApplicationState, 'applicationId'>), _id: applicationId }),
      toState,
    });
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /** One page of the applications in the scope, newest first (`limit + 1` rows). */
  async list(scope: ApplicationListScope, filter: ApplicationFilter, limit: number, after?: KeysetPosition): Promise<ApplicationState[]> {
    const query: FilterQuery<ApplicationDocument> = { ...afterKeysetPosition('createdAt', after, -1) };
    if (scope.kind === 'cluster') query.clusterId = scope.clusterId;
    if (scope.kind === 'organisation') query.organisationId = scope.organisationId;
    if (filter.programmeId !== undefined) query.programmeId = filter.programmeId;
    if (filter.status !== undefined) query.status = filter.status;
    const documents = await this.model.find(query).sort({ createdAt: -1, _id: 1 }).limit(limit + 1).lean<ApplicationDocument[]>().exec();
    return documents.map(toState);
  }

  /**
   * How many of the organisation's applications to the programme are final (withdrawn or answered):
   * the round its next application would be (application-identity.ts). Read from the snapshots, it
   * may be short of the truth for a moment, never above it.
   */
  async finalRounds(organisationId: string, programmeId: string): Promise<number> {
    return this.model.countDocuments({ organisationId, programmeId, status: { $nin: OPEN_STATUSES } }).exec();
  }

  /** The organisation's application to the programme that is still in play, if any. */
  async findOpen(organisationId: string, programmeId: string): Promise<ApplicationState | null> {
    const document = await this.model.findOne({ organisationId, programmeId, status: { $in: OPEN_STATUSES } }).lean<ApplicationDocument>().exec();
    return document === null ? null : toState(document);
  }
}

function toState({ _id, ...fields }: ApplicationDocument): ApplicationState {
  return { ...fields, applicationId: _id };
}
