import type { Change } from '@icn/messaging';
import { DomainConflictError, DomainNotFoundError, DomainValidationError } from '@icn/platform';
import {
  ConsortiumBudgetUpdated,
  ConsortiumSectionAdded,
  ConsortiumSectionUpdated,
  type BudgetCategory,
  type SectionStatus,
} from '@icn/contracts';
import { memberOf, type ConsortiumState } from './consortium';
import { bump, consortiumChange, OPEN_STATUSES, requireStatus } from './consortium-change';

/*
 * The application workspace: sections with an owner (a member), a due date and a status, and budget
 * lines per member. Editable until submission, which freezes it (requireStatus refuses after).
 */

export interface NewSection {
  key: string;
  title: string;
  ownerOrganisationId: string;
  dueDate: string;
}

export interface SectionPatch {
  title?: string;
  ownerOrganisationId?: string;
  dueDate?: string;
  status?: SectionStatus;
}

export interface BudgetLineInput {
  category: BudgetCategory;
  amountEur: number;
}

export function addSection(state: ConsortiumState, section: NewSection, now: Date): Change<ConsortiumState> {
  requireStatus(state, OPEN_STATUSES, 'add a section');
  if (state.sections.some((existing) => existing.key === section.key)) {
    throw new DomainConflictError(`consortium ${state.consortiumId} already has a section ${section.key}`);
  }
  assertMember(state, section.ownerOrganisationId, 'ownerOrganisationId');
  const next = bump(state, now);
  next.sections.push({ ...section, status: 'todo' });
  return consortiumChange(ConsortiumSectionAdded, next);
}

export function updateSection(state: ConsortiumState, key: string, patch: SectionPatch, now: Date): Change<ConsortiumState> {
  requireStatus(state, OPEN_STATUSES, 'change a section');
  if (!state.sections.some((section) => section.key === key)) throw new DomainNotFoundError(`section ${key} not found in consortium ${state.consortiumId}`);
  if (patch.ownerOrganisationId !== undefined) assertMember(state, patch.ownerOrganisationId, 'ownerOrganisationId');
  const next = bump(state, now);
  next.sections = next.sections.map((section) =>
    section.key === key
      ? {
          ...section,
          ...(patch.title === undefined ? {} : { title: patch.title }),
          ...(patch.ownerOrganisationId === undefined ? {} : { ownerOrganisationId: patch.ownerOrganisationId }),
          ...(patch.dueDate === undefined ? {} : { dueDate: patch.dueDate }),
          ...(patch.status === undefined ? {} : { status: patch.status }),
        }
      : section,
  );
  return consortiumChange(ConsortiumSectionUpdated, next);
}

/** Replaces one member's budget lines (an empty list clears them). */
export function setBudget(state: ConsortiumState, organisationId: string, lines: readonly BudgetLineInput[], now: Date): Change<ConsortiumState> {
  requireStatus(state, OPEN_STATUSES, 'change the budget');
  if (memberOf(state, organisationId) === undefined) {
    throw new DomainNotFoundError(`organisation ${organisationId} is not a member of consortium ${state.consortiumId}`);
  }
  const next = bump(state, now);
  next.budgetLines = [
    ...next.budgetLines.filter((line) => line.organisationId !== organisationId),
    ...lines.map((line) => ({ organisationId, category: line.category, amountEur: line.amountEur })),
  ];
  return consortiumChange(ConsortiumBudgetUpdated, next);
}

function assertMember(state: ConsortiumState, organisationId: string, field: string): void {
  if (memberOf(state, organisationId) === undefined) throw new DomainValidationError(field, `${organisationId} is not a member of the consortium`);
}
