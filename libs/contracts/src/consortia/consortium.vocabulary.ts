/**
 * Vocabularies of consortia (DESIGN.md §3 "Consortium / project application"). Closed lists because
 * eligibility, statistics and integrators compare them; extending a list is backward compatible.
 */

/**
 * Lifecycle: forming → drafting → submitted → granted | reserve-list | rejected | withdrawn;
 * reserve-list → granted | rejected. granted, rejected and withdrawn are final.
 */
export const CONSORTIUM_STATUSES = ['forming', 'drafting', 'submitted', 'granted', 'reserve-list', 'rejected', 'withdrawn'] as const;
export type ConsortiumStatus = (typeof CONSORTIUM_STATUSES)[number];

/** The coordinator is the lead organisation; the others join by invitation with one of the rest. */
export const CONSORTIUM_ROLES = ['coordinator', 'partner', 'associated-partner', 'subcontractor'] as const;
export type ConsortiumRole = (typeof CONSORTIUM_ROLES)[number];

export const INVITABLE_ROLES = ['partner', 'associated-partner', 'subcontractor'] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

/**
 * Stored invitation states. Expiry is not stored: an invitation is expired when it is still
 * `pending` after its `expiresAt` (checked when it is answered and when it is shown), so no
 * scheduler has to flip it; consumers of the events compare `expiresAt` the same way.
 */
export const INVITATION_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const SECTION_STATUSES = ['todo', 'in-progress', 'done'] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

/** The sections every application starts with; more can be added. */
export const DEFAULT_SECTION_KEYS = ['excellence', 'impact', 'implementation', 'budget'] as const;

/** Where the call came from: a `funding-call` opportunity, or typed in by the lead. */
export const CALL_SOURCES = ['opportunity', 'manual'] as const;
export type CallSource = (typeof CALL_SOURCES)[number];

export const BUDGET_CATEGORIES = ['personnel', 'subcontracting', 'travel', 'equipment', 'other-direct', 'indirect'] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

/** Section keys are short kebab-case slugs (`excellence`, `dissemination-plan`). */
export const SECTION_KEY_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

/** Calendar dates (due dates) are plain YYYY-MM-DD days. */
export const CONSORTIUM_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
