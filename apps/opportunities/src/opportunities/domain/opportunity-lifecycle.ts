import { changeOf, eventOf, type Change } from '@icn/messaging';
import { DomainConflictError, DomainValidationError, withoutUndefined } from '@icn/platform';
import {
  OpportunityCancelled,
  OpportunityClosed,
  OpportunityDeadlineExtended,
  OpportunityExpired,
  OpportunityPublished,
  OpportunityUpdated,
} from '@icn/contracts';
import { CONTENT_FIELDS, type OpportunityContent, type OpportunityState, type Publisher } from './opportunity';
import { toSnapshot } from './opportunity-snapshot';
import { searchTermsOf } from './search-terms';

/*
 * Lifecycle:
 *
 *   draft ──publish──▶ published ──close──▶ closed
 *     │ (PATCH, no      │  │ ──cancel─▶ cancelled
 *     │  events)        │  └─deadline passes─▶ expired
 *     │                 └─ PATCH (updated), extend-deadline (later only)
 *
 * Drafts are private to the origin cluster, so their changes emit nothing (each is still a version);
 * the first event is OpportunityPublished and every later one carries the full published snapshot.
 * Each refused transition says why, so the 409 a client gets is actionable.
 */

export interface NewOpportunity {
  opportunityId: string;
  originClusterId: string;
  publisher: Publisher;
  content: OpportunityContent;
  publish: boolean;
  now: Date;
}

export function createOpportunity(input: NewOpportunity): Change<OpportunityState> {
  const at = input.now.toISOString();
  const content = normaliseContent(input.content);
  assertValidContent(content, input.now, true);
  const draft: OpportunityState = {
    ...content,
    opportunityId: input.opportunityId,
    originClusterId: input.originClusterId,
    publisher: { ...input.publisher },
    status: 'draft',
    searchTerms: searchTermsOf(content.title, content.description),
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  if (!input.publish) return changeOf(draft);
  const published: OpportunityState = { ...draft, status: 'published', publishedAt: at };
  return changeOf(published, eventOf(OpportunityPublished, { opportunity: toSnapshot(published) }));
}

/** PATCH: only the given fields change; a no-op patch returns null (no write, no event). */
export function updateOpportunity(state: OpportunityState, patch: Partial<OpportunityContent>, now: Date): Change<OpportunityState> | null {
  assertEditable(state, 'update');
  const next: OpportunityState = { ...state };
  const changedFields: string[] = [];
  const normalised = normaliseContent({ ...pickContent(state), ...withoutUndefined(patch) });
  for (const field of CONTENT_FIELDS) {
    if (patch[field] === undefined) continue;
    if (JSON.stringify(normalised[field]) === JSON.stringify(state[field])) continue;
    changedFields.push(field);
    Object.assign(next, { [field]: normalised[field] });
  }
  if (changedFields.length === 0) return null;
  if (state.status === 'published' && changedFields.includes('deadline')) {
    throw new DomainConflictError(
      `cannot change the deadline of published opportunity ${state.opportunityId} with PATCH: use POST /opportunities/${state.opportunityId}/extend-deadline (later dates only)`,
    );
  }
  assertValidContent(pickContent(next), now, changedFields.includes('deadline'));
  if (changedFields.includes('title') || changedFields.includes('description')) {
    next.searchTerms = searchTermsOf(next.title, next.description);
  }
  const changed = bump(next, now);
  if (changed.status === 'draft') return changeOf(changed);
  return changeOf(changed, eventOf(OpportunityUpdated, { opportunity: toSnapshot(changed), changedFields }));
}

export function publishOpportunity(state: OpportunityState, now: Date): Change<OpportunityState> {
  if (state.status !== 'draft') {
    throw new DomainConflictError(`cannot publish opportunity ${state.opportunityId}: it is ${state.status}, only a draft can be published`);
  }
  if (Date.parse(state.deadline) <= now.getTime()) {
    throw new DomainConflictError(`cannot publish opportunity ${state.opportunityId}: its deadline ${state.deadline} has passed; set a later deadline first`);
  }
  const next = bump({ ...state, status: 'published' }, now);
  next.publishedAt = next.updatedAt;
  return changeOf(next, eventOf(OpportunityPublished, { opportunity: toSnapshot(next) }));
}

export function extendDeadline(state: OpportunityState, deadline: string, now: Date): Change<OpportunityState> {
  if (state.status !== 'published') {
    const hint = state.status === 'draft' ? '; change a draft’s deadline with PATCH' : '';
    throw new DomainConflictError(`cannot extend the deadline of opportunity ${state.opportunityId}: it is ${state.status}, only a published opportunity can be extended${hint}`);
  }
  const next = new Date(deadline);
  if (next.getTime() <= Date.parse(state.deadline)) {
    throw new DomainConflictError(`cannot extend the deadline of opportunity ${state.opportunityId} to ${next.toISOString()}: it must be later than the current deadline ${state.deadline}`);
  }
  if (next.getTime() <= now.getTime()) {
    throw new DomainValidationError('deadline', 'must be in the future');
  }
  const previousDeadline = state.deadline;
  const changed = bump({ ...state, deadline: next.toISOString() }, now);
  return changeOf(changed, eventOf(OpportunityDeadlineExtended, { opportunity: toSnapshot(changed), previousDeadline }));
}

export function closeOpportunity(state: OpportunityState, reason: string | undefined, now: Date): Change<OpportunityState> {
  const next = end(state, 'closed', reason, now, 'close');
  return changeOf(next, eventOf(OpportunityClosed, withoutUndefined({ opportunity: toSnapshot(next), reason, closedAt: next.updatedAt })));
}

export function cancelOpportunity(state: OpportunityState, reason: string | undefined, now: Date): Change<OpportunityState> {
  const next = end(state, 'cancelled', reason, now, 'cancel');
  return changeOf(next, eventOf(OpportunityCancelled, withoutUndefined({ opportunity: toSnapshot(next), reason, cancelledAt: next.updatedAt })));
}

/**
 * The scheduler's transition. Returns null when there is nothing to do (already ended, or the
 * deadline was extended since the scheduler listed it), because that is a normal race, not an error.
 */
export function expireOpportunity(state: OpportunityState, now: Date): Change<OpportunityState> | null {
  if (state.status !== 'published' || Date.parse(state.deadline) > now.getTime()) return null;
  const next = end(state, 'expired', undefined, now, 'expire');
  return changeOf(next, eventOf(OpportunityExpired, { opportunity: toSnapshot(next), expiredAt: next.updatedAt }));
}

/**
 * Discarding a draft removes it (404 afterwards). It never left the service, so nothing is
 * published; the removal is still one version of its history (ADR 12).
 */
export function discardDraft(state: OpportunityState): Change<OpportunityState> {
  if (state.status !== 'draft') {
    throw new DomainConflictError(`cannot delete opportunity ${state.opportunityId}: it is ${state.status}; published opportunities are closed or cancelled instead`);
  }
  return { state: { ...state, version: state.version + 1 }, events: [], removed: true };
}

function end(state: OpportunityState, status: 'closed' | 'cancelled' | 'expired', reason: string | undefined, now: Date, verb: string): OpportunityState {
  if (state.status !== 'published') {
    const hint = state.status === 'draft' ? '; a draft was never published (delete it instead)' : '';
    throw new DomainConflictError(`cannot ${verb} opportunity ${state.opportunityId}: it is ${state.status}, only a published opportunity can be ${status}${hint}`);
  }
  const next = bump({ ...state, status }, now);
  next.endedAt = next.updatedAt;
  if (reason !== undefined) next.endReason = reason;
  return next;
}

function assertEditable(state: OpportunityState, verb: string): void {
  if (state.status !== 'draft' && state.status !== 'published') {
    throw new DomainConflictError(`cannot ${verb} opportunity ${state.opportunityId}: it is ${state.status}, which is final`);
  }
}

/** Rules across fields that a DTO cannot express on its own. */
function assertValidContent(content: OpportunityContent, now: Date, deadlineChanged: boolean): void {
  if (Number.isNaN(Date.parse(content.deadline))) throw new DomainValidationError('deadline', 'must be an ISO 8601 date-time');
  if (deadlineChanged && Date.parse(content.deadline) <= now.getTime()) {
    throw new DomainValidationError('deadline', 'must be in the future');
  }
  if (content.visibility === 'target-clusters' && content.targetClusterIds.length === 0) {
    throw new DomainValidationError('targetClusterIds', 'must name at least one cluster when visibility is target-clusters');
  }
}

/** Canonical forms: UTC deadline with milliseconds (string order = time order), upper-case countries, distinct lists. */
export function normaliseContent(content: OpportunityContent): OpportunityContent {
  const deadline = new Date(content.deadline);
  return {
    ...content,
    title: content.title.trim(),
    description: content.description.trim(),
    deadline: Number.isNaN(deadline.getTime()) ? content.deadline : deadline.toISOString(),
    sectors: distinct(content.sectors),
    technologies: distinct(content.technologies),
    targetCountries: distinct(content.targetCountries.map((country) => country.toUpperCase())),
    targetClusterIds: distinct(content.targetClusterIds),
    targetHelixTypes: distinct(content.targetHelixTypes),
    links: content.links.map((link) => withoutUndefined({ url: link.url, label: link.label })),
    ...(content.value !== undefined ? { value: { amount: content.value.amount, currency: content.value.currency } } : {}),
  };
}

function pickContent(state: OpportunityState): OpportunityContent {
  const content = Object.fromEntries(CONTENT_FIELDS.map((field) => [field, state[field]]));
  return withoutUndefined(content) as unknown as OpportunityContent;
}

/** Every change is one version (with or without its one event: ADR 12's rule). */
function bump(state: OpportunityState, now: Date): OpportunityState {
  return { ...state, version: state.version + 1, updatedAt: now.toISOString() };
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
