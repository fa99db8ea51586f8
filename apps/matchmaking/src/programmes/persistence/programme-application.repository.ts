import type { GuardedCollection } from '@icn/messaging';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { CONFIG, DATABASE_CONNECTION } from '@icn/platform';
import type { Connection, mongo } from 'mongoose';
import type { MatchmakingConfig } from '../../matchmaking.config';
import type { Applicant } from '../domain/applicants';
import { PROGRAMME_APPLICATIONS_COLLECTION, type ProgrammeApplicationDocument } from './programme-application.document';

/** Applications to programmes in matchmaking's own database; written only by the projection. */
@Injectable()
export class ProgrammeApplicationRepository implements OnModuleInit {
  private readonly collection: mongo.Collection<ProgrammeApplicationDocument>;
  /** The same collection, untyped, for the projection (see GuardedProjection). */
  readonly projectionTarget: GuardedCollection;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection, @Inject(CONFIG) config: Pick<MatchmakingConfig, 'PROGRAMME_COLLECTION_SUFFIX'>) {
    const name = `${PROGRAMME_APPLICATIONS_COLLECTION}${config.PROGRAMME_COLLECTION_SUFFIX}`;
    this.collection = connection.collection<ProgrammeApplicationDocument>(name);
    this.projectionTarget = connection.collection<{ _id: string }>(name);
  }

  async onModuleInit(): Promise<void> {
    // GET /matches/programmes/:programmeId/organisations: the applications to one programme.
    await this.collection.createIndex({ programmeId: 1 });
  }

  /** Every application to the programme, withdrawn ones included (the domain decides what counts). */
  async applicationsTo(programmeId: string): Promise<Applicant[]> {
    const documents = await this.collection.find({ programmeId }, { projection: { organisationId: 1, clusterId: 1, status: 1 } }).toArray();
    return documents.map(({ organisationId, clusterId, status }) => ({ organisationId, clusterId, status }));
  }
}
