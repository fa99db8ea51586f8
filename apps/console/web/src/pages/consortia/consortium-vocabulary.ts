import { t } from '../../i18n/catalogue';
import type { BudgetCategory, ConsortiumRole, ConsortiumStatus, InvitableRole, InvitationStatus, SectionStatus } from './consortium-types';

/**
 * The consortia vocabularies as values (selects, labels). Each list is checked against its
 * generated type both ways, as api/vocabulary.ts does: a value the API does not know does not
 * compile, nor does a list that misses one the API added.
 */
type Exhaustive<Listed, Api> = [Exclude<Api, Listed>] extends [never] ? true : false;
type Assert<Check extends true> = Check;

export const CONSORTIUM_STATUSES = ['forming', 'drafting', 'submitted', 'granted', 'reserve-list', 'rejected', 'withdrawn'] as const satisfies readonly ConsortiumStatus[];
export const CONSORTIUM_ROLES = ['coordinator', 'partner', 'associated-partner', 'subcontractor'] as const satisfies readonly ConsortiumRole[];
export const INVITABLE_ROLES = ['partner', 'associated-partner', 'subcontractor'] as const satisfies readonly InvitableRole[];
export const INVITATION_STATUSES = ['pending', 'accepted', 'declined', 'expired'] as const satisfies readonly InvitationStatus[];
export const SECTION_STATUSES = ['todo', 'in-progress', 'done'] as const satisfies readonly SectionStatus[];
export const BUDGET_CATEGORIES = ['personnel', 'subcontracting', 'travel', 'equipment', 'other-direct', 'indirect'] as const satisfies readonly BudgetCategory[];

export type ConsortiumVocabulariesComplete = [
  Assert<Exhaustive<(typeof CONSORTIUM_STATUSES)[number], ConsortiumStatus>>,
  Assert<Exhaustive<(typeof CONSORTIUM_ROLES)[number], ConsortiumRole>>,
  Assert<Exhaustive<(typeof INVITABLE_ROLES)[number], InvitableRole>>,
  Assert<Exhaustive<(typeof INVITATION_STATUSES)[number], InvitationStatus>>,
  Assert<Exhaustive<(typeof SECTION_STATUSES)[number], SectionStatus>>,
  Assert<Exhaustive<(typeof BUDGET_CATEGORIES)[number], BudgetCategory>>,
];

export const consortiumStatusLabel = (status: ConsortiumStatus): string => t(`consortia.status.${status}`);
export const consortiumRoleLabel = (role: ConsortiumRole): string => t(`consortia.role.${role}`);
export const invitationStatusLabel = (status: InvitationStatus): string => t(`consortia.invitationStatus.${status}`);
export const sectionStatusLabel = (status: SectionStatus): string => t(`consortia.sectionStatus.${status}`);
export const budgetCategoryLabel = (category: BudgetCategory): string => t(`consortia.budgetCategory.${category}`);

export const invitableRoleOptions = INVITABLE_ROLES.map((value) => ({ value, label: consortiumRoleLabel(value) }));
export const sectionStatusOptions = SECTION_STATUSES.map((value) => ({ value, label: sectionStatusLabel(value) }));
export const budgetCategoryOptions = BUDGET_CATEGORIES.map((value) => ({ value, label: budgetCategoryLabel(value) }));
