import type { ConsortiumStatus } from '@icn/contracts';
import { coordinatorOf, type ConsortiumState } from './consortium';

/** The statuses the outcome register lists: decided by the funder, or withdrawn. */
export const OUTCOME_STATUSES: readonly ConsortiumStatus[] = ['granted', 'reserve-list', 'rejected', 'withdrawn'];

export interface OutcomeRegisterEntry {
  consortiumId: string;
  title: string;
  programme: string;
  topic: string;
  status: ConsortiumStatus;
  coordinatorOrganisationId: string;
  coordinatorName: string;
  clusterIds: string[];
  submittedAt?: string;
  /** When the current outcome was recorded. */
  outcomeAt: string;
  grantedEur?: number;
  feedback?: string;
}

/**
 * When a consortium's current outcome was recorded: the final one (granted, rejected, withdrawn),
 * else the reserve listing; undefined while there is none. The register files a consortium under
 * this date's year, so one promoted from a reserve list moves to the year it was granted.
 */
export function outcomeAtOf(state: ConsortiumState): string | undefined {
  if (!OUTCOME_STATUSES.includes(state.status)) return undefined;
  return state.closedAt ?? state.reserveListedAt;
}

export function toRegisterEntry(state: ConsortiumState): OutcomeRegisterEntry {
  const outcomeAt = outcomeAtOf(state);
  if (outcomeAt === undefined) throw new Error(`consortium ${state.consortiumId} has no outcome yet`);
  return {
    consortiumId: state.consortiumId,
    title: state.title,
    programme: state.call.programme,
    topic: state.call.topic,
    status: state.status,
    coordinatorOrganisationId: state.coordinatorOrganisationId,
    coordinatorName: coordinatorOf(state).organisationName,
    clusterIds: [...new Set(state.members.map((member) => member.clusterId))].sort(),
    ...(state.submittedAt === undefined ? {} : { submittedAt: state.submittedAt }),
    outcomeAt,
    ...(state.grant === undefined ? {} : { grantedEur: state.grant.totalEur }),
    ...(state.feedback === undefined ? {} : { feedback: state.feedback }),
  };
}
