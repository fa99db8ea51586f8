import { isDeepStrictEqual } from 'node:util';
import type { Connection } from 'mongoose';
import type { ConsortiaReadModels } from '../consortia-read-models';
import type { RoundRobinClient } from './round-robin-client';

/** What opportunities answers for an opportunity (the fields its copies keep). */
interface Opportunity {
  opportunityId: string;
  title: string;
  status: string;
  deadline: string;
  version: number;
}

/** Matchmaking's copy (collection `matchmaking_opportunities`): the latest snapshot plus bookkeeping. */
interface MatchmakingOpportunityCopy {
  _id: string;
  opportunity: Record<string, unknown>;
  lastSequence: number;
  appliedEvents: number;
}

const COMPARED = ['title', 'status', 'deadline', 'version'] as const;

/**
 * The funding call's two copies — consortia's (`funding_calls`) and matchmaking's
 * (`matchmaking_opportunities`), read from their databases by `_id` — compared with what
 * opportunities answers through its replicas: the same fields, the same version, each event
 * applied once.
 */
export async function fundingCallCopyProblems(
  opportunities: RoundRobinClient,
  opportunityId: string,
  consortia: ConsortiaReadModels,
  matchmakingDatabase: Connection,
): Promise<string[]> {
  const delivery = await opportunities.get<Opportunity>(`/opportunities/${opportunityId}`);
  if (delivery.kind !== 'answered' || delivery.response.status !== 200) return [`opportunities does not serve funding call ${opportunityId}`];
  const source = delivery.response.body;
  const problems: string[] = [];
  const consortiaCopy = await consortia.fundingCall(opportunityId);
  const matchmakingCopy = await matchmakingDatabase.collection<MatchmakingOpportunityCopy>('matchmaking_opportunities').findOne({ _id: opportunityId });
  for (const [where, copy] of [
    ["consortia's funding calls", consortiaCopy],
    ["matchmaking's opportunities", matchmakingCopy],
  ] as const) {
    if (copy === null) {
      problems.push(`${where}: funding call ${opportunityId} missing`);
      continue;
    }
    const snapshot = copy.opportunity as Record<string, unknown>;
    for (const field of COMPARED) {
      if (!isDeepStrictEqual(snapshot[field], source[field])) problems.push(`${where}: funding call ${field} ${JSON.stringify(snapshot[field])} ≠ opportunities' ${JSON.stringify(source[field])}`);
    }
    if (copy.lastSequence !== source.version || copy.appliedEvents !== source.version) {
      problems.push(`${where}: funding call lastSequence ${copy.lastSequence}, appliedEvents ${copy.appliedEvents}, opportunities' version ${source.version}`);
    }
  }
  return problems;
}
