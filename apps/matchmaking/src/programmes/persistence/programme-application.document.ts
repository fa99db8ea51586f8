import type { ProjectionBookkeeping } from '@icn/messaging';
import type { ApplicationStatus } from '@icn/contracts';

/**
 * Who applied to which programme, from the network service's application events: only what the
 * ranking needs (not the answers or comments, which are the applicant's and its cluster's business).
 */
export interface ProgrammeApplicationDocument extends ProjectionBookkeeping {
  /** The application id. */
  _id: string;
  programmeId: string;
  organisationId: string;
  /** The applicant's cluster when it applied: who may know of the application depends on it. */
  clusterId: string;
  status: ApplicationStatus;
}

export const PROGRAMME_APPLICATIONS_COLLECTION = 'matchmaking_programme_applications';
