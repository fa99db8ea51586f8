import type { GuardedCollection, ProjectionBookkeeping } from '@icn/messaging';
import { CONFIG, DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Connection, mongo } from 'mongoose';
import type { NetworkConfig } from '../../network.config';
import type { ReportFact } from '../domain/report-facts';

export const ANNUAL_REPORT_FACTS_COLLECTION = 'annual_report_facts';

export interface ReportFactDocument extends ProjectionBookkeeping {
  /** `<kind>:<entity id>` (report-facts.ts factKey). */
  _id: string;
  fact?: ReportFact;
}

/**
 * The annual report's read model: one fact per entity, written only by its projection. A report
 * reads them all (a network of a few thousand members, missions, consortia: one scan, no index
 * needed) and computes the year's figures in memory (annual-figures.ts).
 */
@Injectable()
export class AnnualReportFacts {
  private readonly facts: mongo.Collection<ReportFactDocument>;
  /** The same collection, untyped for the projection's guarded updates (see GuardedProjection). */
  readonly projectionTarget: GuardedCollection;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection, @Inject(CONFIG) config: Pick<NetworkConfig, 'REPORT_COLLECTION_SUFFIX'>) {
    const name = `${ANNUAL_REPORT_FACTS_COLLECTION}${config.REPORT_COLLECTION_SUFFIX}`;
    this.facts = connection.collection<ReportFactDocument>(name);
    this.projectionTarget = connection.collection<{ _id: string }>(name);
  }

  async all(): Promise<ReportFact[]> {
    const documents = await this.facts.find({ fact: { $exists: true } }, { projection: { fact: 1 } }).toArray();
    return documents.flatMap((document) => (document.fact ? [document.fact] : []));
  }
}
