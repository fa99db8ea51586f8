import type { NetworkSchemas } from '../../api/clients';
import type { ConsoleUser } from '../../app/session';
import { t } from '../../i18n/catalogue';

export type ProgrammeApplication = NetworkSchemas['schemas']['ApplicationResponse'];
export type ApplicationStatus = ProgrammeApplication['status'];
export type ApplicationOutcome = NetworkSchemas['schemas']['RecordOutcomeDto']['outcome'];
export type ApplicationCommentKind = ProgrammeApplication['comments'][number]['kind'];

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'endorsed',
  'forwarded',
  'accepted',
  'labelled',
  'rejected',
  'no-answer',
  'withdrawn',
] as const satisfies readonly ApplicationStatus[];
export const APPLICATION_OUTCOMES = ['accepted', 'labelled', 'rejected', 'no-answer'] as const satisfies readonly ApplicationOutcome[];

export const statusLabel = (status: ApplicationStatus): string => t(`applications.status.${status}`);
export const commentKindLabel = (kind: ApplicationCommentKind): string => t(`applications.comment.${kind}`);
export const statusOptions = APPLICATION_STATUSES.map((value) => ({ value, label: statusLabel(value) }));
export const outcomeOptions = APPLICATION_OUTCOMES.map((value) => ({ value, label: statusLabel(value) }));

/*
 * Who may take which step, as the network service decides (apps/network/src/applications/domain/
 * application-access.ts): the page offers only the steps the service would allow; the service still
 * refuses anything else with a 403.
 */

/** A member of the applicant organisation: answers, submits, withdraws. */
export function isApplicantSide(user: ConsoleUser, application: ProgrammeApplication): boolean {
  return user.role === 'member' && user.organisationId === application.organisationId && user.clusterId === application.clusterId;
}

/** The manager of the applicant's cluster: endorses or returns. */
export function isEndorsingSide(user: ConsoleUser, application: ProgrammeApplication): boolean {
  return user.role === 'cluster-manager' && user.clusterId === application.clusterId;
}

/** The steps of the lifecycle (application-lifecycle.ts): which statuses allow which step. */
export const EDITABLE: readonly ApplicationStatus[] = ['draft', 'returned'];
export const WITHDRAWABLE: readonly ApplicationStatus[] = ['draft', 'submitted', 'returned', 'endorsed'];
