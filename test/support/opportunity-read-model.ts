import { isDeepStrictEqual } from 'node:util';
import mongoose from 'mongoose';
import { waitFor } from './wait-for';

/** What the opportunities service answers for an opportunity (the fields compared). */
export interface PublishedOpportunity {
  opportunityId: string;
  title: string;
  description: string;
  status: string;
  sectors: string[];
  technologies: string[];
  targetClusterIds: string[];
  deadline: string;
  version: number;
}

/** What a scenario knows it caused: the opportunity as opportunities last answered, and its events. */
export interface OpportunityExpectation {
  opportunity: PublishedOpportunity;
  /** Events emitted: the publication, then one per update or closure. */
  events: number;
}

/** Matchmaking's copy (collection `matchmaking_opportunities`): the latest snapshot plus bookkeeping. */
interface OpportunityReadModelDocument {
  _id: string;
  opportunity: Record<string, unknown>;
  lastSequence: number;
  appliedEvents: number;
}

export interface OpportunityReconciliation {
  expected: number;
  delivered: number;
  missing: string[];
  overApplied: { opportunityId: string; appliedEvents: number; emitted: number }[];
  underApplied: { opportunityId: string; appliedEvents: number; emitted: number }[];
  mismatches: { opportunityId: string; field: string; expected: unknown; actual: unknown }[];
}

const COMPARED_FIELDS: (keyof PublishedOpportunity)[] = ['title', 'description', 'status', 'sectors', 'technologies', 'targetClusterIds', 'deadline', 'version'];

/**
 * Matchmaking serves its opportunity read model only through rankings (a closed opportunity ranks
 * nobody, whatever its content), so exactness is checked where it lives: the scenario's own
 * matchmaking database, read-only, compared with what the opportunities service holds.
 */
export async function awaitOpportunityReadModel(
  mongoUri: string,
  dbName: string,
  expectations: Map<string, OpportunityExpectation>,
  timeoutMs: number,
): Promise<OpportunityReconciliation> {
  const connection = await mongoose.createConnection(mongoUri, { dbName, serverSelectionTimeoutMS: 5_000 }).asPromise();
  const collection = connection.collection<OpportunityReadModelDocument>('matchmaking_opportunities');
  let last: OpportunityReconciliation | undefined;
  try {
    return await waitFor(
      async () => {
        // `_id` lookups, one by one: FerretDB pushes down only `_id` equality.
        const documents = new Map<string, OpportunityReadModelDocument>();
        for (const opportunityId of expectations.keys()) {
          const document = await collection.findOne({ _id: opportunityId });
          if (document !== null) documents.set(opportunityId, document);
        }
        last = reconcileOpportunities(expectations, documents);
        return last.missing.length === 0 && last.underApplied.length === 0 ? last : undefined;
      },
      { timeoutMs, intervalMs: 2_000, description: 'every opportunity event applied in matchmaking’s read model' },
    );
  } catch (error) {
    const figures = last === undefined ? '' : ` (delivered=${last.delivered}/${last.expected} missing=${last.missing.length} underApplied=${last.underApplied.length})`;
    throw new Error(`${error instanceof Error ? error.message : String(error)}${figures}`);
  } finally {
    await connection.close();
  }
}

function reconcileOpportunities(expectations: Map<string, OpportunityExpectation>, documents: Map<string, OpportunityReadModelDocument>): OpportunityReconciliation {
  const result: OpportunityReconciliation = { expected: expectations.size, delivered: 0, missing: [], overApplied: [], underApplied: [], mismatches: [] };
  for (const [opportunityId, expectation] of expectations) {
    const document = documents.get(opportunityId);
    if (document === undefined) {
      result.missing.push(opportunityId);
      continue;
    }
    result.delivered += 1;
    const counts = { opportunityId, appliedEvents: document.appliedEvents, emitted: expectation.events };
    if (document.appliedEvents > expectation.events) result.overApplied.push(counts);
    if (document.appliedEvents < expectation.events) result.underApplied.push(counts);
    for (const field of COMPARED_FIELDS) {
      if (!isDeepStrictEqual(document.opportunity[field], expectation.opportunity[field])) {
        result.mismatches.push({ opportunityId, field, expected: expectation.opportunity[field], actual: document.opportunity[field] });
      }
    }
    if (document.lastSequence !== expectation.opportunity.version) {
      result.mismatches.push({ opportunityId, field: 'lastSequence', expected: expectation.opportunity.version, actual: document.lastSequence });
    }
  }
  return result;
}
