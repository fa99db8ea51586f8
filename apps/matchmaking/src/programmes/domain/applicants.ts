import type { ApplicationStatus } from '@icn/contracts';
import { canReadApplication, type Principal } from '@icn/platform';

/** An application to a programme, as far as the ranking cares. */
export interface Applicant {
  organisationId: string;
  clusterId: string;
  status: ApplicationStatus;
}

/**
 * The members a ranking leaves out for this viewer: those that have applied (in any status but
 * withdrawn — a draft is already work on it, a withdrawal gives the member back to the ranking) and
 * whose application the viewer may know of (`canReadApplication`: the secretariat every one, a
 * cluster manager its cluster's, a member its own). Anyone else's application changes nothing in the
 * viewer's list, so an absence never reveals an application the viewer may not see.
 */
export function applicantsKnownTo(viewer: Pick<Principal, 'role' | 'clusterId' | 'organisationId'>, applications: readonly Applicant[]): Set<string> {
  const known = new Set<string>();
  for (const application of applications) {
    if (application.status !== 'withdrawn' && canReadApplication(viewer, application)) known.add(application.organisationId);
  }
  return known;
}
