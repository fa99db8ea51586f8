/**
 * Vocabularies of the network's own activities (partners, their programmes, applications through
 * the network). Closed lists because the lifecycle, the annual report and integrators compare them;
 * extending a list is backward compatible.
 */

/**
 * An application's lifecycle: draft → submitted (to its cluster manager) → endorsed → forwarded (by
 * the secretariat, to the partner) → accepted | labelled | rejected | no-answer. The manager may
 * return a submitted application to its organisation with comments (returned → submitted again).
 * Until it is forwarded its organisation may withdraw it. The four outcomes and withdrawn are final.
 */
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
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** What the partner answered (`labelled`: a label such as the World Alliance's solution label), or `no-answer`. */
export const APPLICATION_OUTCOMES = ['accepted', 'labelled', 'rejected', 'no-answer'] as const;
export type ApplicationOutcome = (typeof APPLICATION_OUTCOMES)[number];

/** Who wrote a comment on an application, by the step they took. */
export const APPLICATION_COMMENT_KINDS = ['returned', 'endorsed', 'forwarded', 'outcome'] as const;
export type ApplicationCommentKind = (typeof APPLICATION_COMMENT_KINDS)[number];

/** Requirement keys are short kebab-case slugs (`pitch-deck`, `references`). */
export const REQUIREMENT_KEY_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
