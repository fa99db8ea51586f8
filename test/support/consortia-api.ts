import { randomUUID } from 'node:crypto';
import type { ConsortiumSnapshotV1, PartnerCandidateV1, PartnerSearchCompetenciesV1, PartnerSearchGapsV1 } from '@icn/contracts';
import type { HttpClient, HttpResponse } from './http-client';
import type { TailedMessage } from './topic-tail';
import { sleep } from './wait-for';

/** What consortia answers for a consortium (ConsortiumView: a pending invitation past expiry reads `expired`). */
export type Consortium = ConsortiumSnapshotV1;

/** GET /consortia/:id/eligibility. */
export interface EligibilityReport {
  eligible: boolean;
  missing: { rule: string; message: string }[];
}

/** One row of GET /consortia/statistics (the network's, or a cluster's with its id). */
export interface ConsortiumCounts {
  clusterId?: string;
  submissions: number;
  granted: number;
  reserveList: number;
  rejected: number;
  withdrawn: number;
  successRatePercent: number | null;
  eurGranted: number;
}

export interface ConsortiumStatistics {
  year: number;
  network: ConsortiumCounts;
  byCluster: ConsortiumCounts[];
}

/** One entry of GET /consortia/outcomes. */
export interface OutcomeRegisterEntry {
  consortiumId: string;
  title: string;
  programme: string;
  status: string;
  coordinatorOrganisationId: string;
  clusterIds: string[];
  grantedEur?: number;
}

/** GET /consortia/:id/partner-searches/:requestId. */
export interface PartnerSearch {
  requestId: string;
  consortiumId: string;
  status: 'pending' | 'proposed';
  competencies: PartnerSearchCompetenciesV1;
  gaps: PartnerSearchGapsV1;
  candidates: PartnerCandidateV1[];
}

/** GET /consortia/:id/partner-searches/:requestId/proposal. */
export interface PartnerProposal {
  optimises: string;
  method: 'exhaustive' | 'greedy';
  partners: { candidate: PartnerCandidateV1; closes: PartnerCandidateV1['closes'] }[];
  totalScore: number;
  eligibleWithProposal: boolean;
  uncovered: { rule: string; message: string }[];
}

/** The CloudEvents envelope as read back from a consortia topic (the fields the scenarios check). */
export interface ConsortiumEventRecord {
  id: string;
  type: string;
  subject: string;
  subjectsequence: number;
  data: { consortium: Consortium };
}

export function parseConsortiumEvent(message: TailedMessage): ConsortiumEventRecord {
  return JSON.parse(message.value ?? 'null') as ConsortiumEventRecord;
}

/** The outcome of a command sent as a careful client does: see `sendCommand`. */
export type CommandOutcome<T> =
  | { kind: 'answered'; response: HttpResponse<T> }
  /** The service died with the request in flight and its Idempotency-Key is still held: it may or may not have happened. */
  | { kind: 'unknown'; reason: string };

/**
 * Sends a command with an Idempotency-Key and, on a transport error or a 5xx (the service was
 * killed), repeats it with the SAME key until `retryForMs` has passed. A request that was in flight
 * at the kill leaves its key "in progress" (the platform presumes it stale only after two minutes),
 * so its retry is refused with a 409 saying so: that outcome is reported as unknown, and the
 * scenario decides from the service's state whether it happened — never half.
 */
export async function sendCommand<T>(client: HttpClient, method: string, path: string, body: unknown, retryForMs: number): Promise<CommandOutcome<T>> {
  const headers = { 'idempotency-key': randomUUID() };
  const deadline = Date.now() + retryForMs;
  let lastFailure = 'no attempt';
  for (;;) {
    try {
      const response = await client.request<T>(method, path, { body, headers, timeoutMs: 15_000 });
      if (response.status === 409 && JSON.stringify(response.body).includes('still being processed')) {
        return { kind: 'unknown', reason: 'in flight at the kill; its Idempotency-Key is still held' };
      }
      if (response.status < 500) return { kind: 'answered', response };
      lastFailure = `HTTP ${response.status}`;
    } catch (error) {
      lastFailure = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() >= deadline) return { kind: 'unknown', reason: `no answer within ${retryForMs} ms (${lastFailure})` };
    await sleep(300);
  }
}
