import { changeOf, eventOf, type Change, type DomainEvent } from '@icn/messaging';
import {
  SubscriptionCreated,
  SubscriptionDeleted,
  SubscriptionUpdated,
  type EmailChannelV1,
  type SubscriberV1,
  type SubscriptionChange,
  type SubscriptionFiltersV1,
} from '@icn/contracts';
import type { SubscriptionState, WebhookChannelState } from './subscription';
import { emptyFilters, toSnapshot } from './subscription';
import { newCalendarToken, newWebhookSecret } from './subscription-secrets';

/**
 * A decided change (ADR 12's one shape) plus the secrets to hand back once: they are part of the
 * state (the webhook's signing secret) or only hashed in it (the calendar token), never in events.
 */
export interface SubscriptionChangeResult extends Change<SubscriptionState> {
  readonly webhookSecret?: string;
  readonly calendarToken?: string;
}

export interface SubscriptionDraft {
  subscriptionId: string;
  subscriber: SubscriberV1;
  name: string;
  filters?: Partial<SubscriptionFiltersV1>;
  webhookUrl?: string;
  calendar?: boolean;
  email?: EmailChannelV1;
  createdBy: string;
  now: string;
}

export function createSubscription(draft: SubscriptionDraft): SubscriptionChangeResult {
  const webhookSecret = draft.webhookUrl !== undefined ? newWebhookSecret() : undefined;
  const calendar = draft.calendar === true ? newCalendarToken() : undefined;
  const state: SubscriptionState = {
    subscriptionId: draft.subscriptionId,
    subscriber: draft.subscriber,
    name: draft.name,
    filters: normaliseFilters(draft.filters),
    channels: {
      calendar: calendar !== undefined,
      ...(calendar ? { calendarTokenHash: calendar.hash } : {}),
      ...(draft.webhookUrl !== undefined && webhookSecret ? { webhook: enabledWebhook(draft.webhookUrl, webhookSecret) } : {}),
      ...(draft.email ? { email: draft.email } : {}),
    },
    createdBy: draft.createdBy,
    version: 1,
    createdAt: draft.now,
    updatedAt: draft.now,
    deleted: false,
  };
  return {
    ...changeOf(state, eventOf(SubscriptionCreated, { subscription: toSnapshot(state) })),
    ...(webhookSecret ? { webhookSecret } : {}),
    ...(calendar ? { calendarToken: calendar.token } : {}),
  };
}

export interface SubscriptionEdit {
  name?: string;
  filters?: Partial<SubscriptionFiltersV1>;
  /** undefined: keep; null: remove; a URL: set (a new webhook gets a new secret). */
  webhookUrl?: string | null;
  calendar?: boolean;
  /** undefined: keep; null: remove; a channel: replace. */
  email?: EmailChannelV1 | null;
}

export function editSubscription(current: SubscriptionState, edit: SubscriptionEdit, now: string): SubscriptionChangeResult {
  let webhookSecret: string | undefined;
  let calendarToken: string | undefined;
  const channels = { ...current.channels };
  if (edit.webhookUrl === null) {
    delete channels.webhook;
  } else if (edit.webhookUrl !== undefined) {
    if (channels.webhook) {
      channels.webhook = { ...channels.webhook, url: edit.webhookUrl };
    } else {
      webhookSecret = newWebhookSecret();
      channels.webhook = enabledWebhook(edit.webhookUrl, webhookSecret);
    }
  }
  if (edit.email === null) delete channels.email;
  else if (edit.email !== undefined) channels.email = edit.email;
  if (edit.calendar === false) {
    channels.calendar = false;
    delete channels.calendarTokenHash;
  } else if (edit.calendar === true && !channels.calendar) {
    const token = newCalendarToken();
    channels.calendar = true;
    channels.calendarTokenHash = token.hash;
    calendarToken = token.token;
  }
  const state: SubscriptionState = {
    ...current,
    name: edit.name ?? current.name,
    filters: edit.filters ? normaliseFilters(edit.filters) : current.filters,
    channels,
    version: current.version + 1,
    updatedAt: now,
  };
  return {
    ...changeOf(state, updated(state, 'edited')),
    ...(webhookSecret ? { webhookSecret } : {}),
    ...(calendarToken ? { calendarToken } : {}),
  };
}

export function deleteSubscription(current: SubscriptionState, now: string): SubscriptionChangeResult {
  const state: SubscriptionState = { ...current, deleted: true, version: current.version + 1, updatedAt: now };
  return changeOf(state, eventOf(SubscriptionDeleted, { subscriptionId: current.subscriptionId, subscriber: current.subscriber, deletedAt: now }));
}

/** Persistent failure: stop attempting until the owner re-enables (pending deliveries wait). */
export function disableWebhook(current: SubscriptionState, reason: string, now: string): SubscriptionChangeResult | null {
  const webhook = current.channels.webhook;
  if (!webhook || webhook.status === 'disabled') return null;
  const state = withWebhook(current, { ...webhook, status: 'disabled', disabledAt: now, disabledReason: reason }, now);
  return changeOf(state, updated(state, 'webhook-disabled'));
}

export function enableWebhook(current: SubscriptionState, now: string): SubscriptionChangeResult | null {
  const webhook = current.channels.webhook;
  if (!webhook || webhook.status === 'enabled') return null;
  const { disabledAt: _at, disabledReason: _reason, ...rest } = webhook;
  const state = withWebhook(current, { ...rest, status: 'enabled', consecutiveFailures: 0 }, now);
  return changeOf(state, updated(state, 'webhook-enabled'));
}

export function rotateWebhookSecret(current: SubscriptionState, now: string): SubscriptionChangeResult | null {
  const webhook = current.channels.webhook;
  if (!webhook) return null;
  const webhookSecret = newWebhookSecret();
  const state = withWebhook(current, { ...webhook, secret: webhookSecret }, now);
  return { ...changeOf(state, updated(state, 'webhook-secret-rotated')), webhookSecret };
}

/**
 * The webhook worker's bookkeeping after one delivery attempt: a success resets the failure count,
 * `disableAfter` consecutive failures disable the webhook (SubscriptionUpdated). A count that only
 * moved is internal (not in events, `updatedAt` kept) but still one version (ADR 12's rule); an
 * unchanged count, a deleted subscription or one without a webhook is nothing to do.
 */
export function recordWebhookDelivery(current: SubscriptionState, succeeded: boolean, disableAfter: number, now: string): SubscriptionChangeResult | null {
  const webhook = current.channels.webhook;
  if (current.deleted || !webhook) return null;
  const failures = succeeded ? 0 : (webhook.consecutiveFailures ?? 0) + 1;
  const disabled = failures >= disableAfter ? disableWebhook(current, `${failures} consecutive failed delivery attempts`, now) : null;
  if (disabled) {
    const channels = { ...disabled.state.channels, webhook: { ...disabled.state.channels.webhook!, consecutiveFailures: failures } };
    return { ...disabled, state: { ...disabled.state, channels } };
  }
  if (failures === (webhook.consecutiveFailures ?? 0)) return null;
  return changeOf({ ...current, channels: { ...current.channels, webhook: { ...webhook, consecutiveFailures: failures } }, version: current.version + 1 });
}

function withWebhook(current: SubscriptionState, webhook: WebhookChannelState, now: string): SubscriptionState {
  return { ...current, channels: { ...current.channels, webhook }, version: current.version + 1, updatedAt: now };
}

function enabledWebhook(url: string, secret: string): WebhookChannelState {
  return { url, secret, status: 'enabled', consecutiveFailures: 0 };
}

function updated(state: SubscriptionState, change: SubscriptionChange): DomainEvent {
  return eventOf(SubscriptionUpdated, { change, subscription: toSnapshot(state) });
}

/** Fills absent lists with [] and de-duplicates, so stored filters always have the contract's shape. */
export function normaliseFilters(filters: Partial<SubscriptionFiltersV1> | undefined): SubscriptionFiltersV1 {
  const base = emptyFilters();
  if (!filters) return base;
  const unique = <T>(values: readonly T[] | undefined): T[] => [...new Set(values ?? [])];
  return {
    types: unique(filters.types),
    sectors: unique(filters.sectors),
    technologies: unique(filters.technologies),
    countries: unique(filters.countries),
    originClusterIds: unique(filters.originClusterIds),
    helixTypes: unique(filters.helixTypes),
    keywords: unique(filters.keywords),
    ...(filters.minValue ? { minValue: { amount: filters.minValue.amount, currency: filters.minValue.currency } } : {}),
    ...(filters.deadlineWithinDays !== undefined ? { deadlineWithinDays: filters.deadlineWithinDays } : {}),
    ...(filters.deadlineAtLeastDays !== undefined ? { deadlineAtLeastDays: filters.deadlineAtLeastDays } : {}),
  };
}
