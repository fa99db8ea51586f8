import { OPPORTUNITY_STATUSES, SUBSCRIBABLE_TYPES, type Opportunity, type SubscribableType } from '../opportunities/vocabulary';

/**
 * What the subscription stream sends. Its `data` is the NotificationDelivered CloudEvent, described
 * by the platform's AsyncAPI document (docs/asyncapi), not by the OpenAPI documents the clients are
 * generated from — so this module reads the JSON as untrusted input: every field the feed shows is
 * checked here, and an event without them is ignored rather than shown half-broken.
 */

/** Event names of the stream (the notification kinds); EventSource only hands over names listened to. */
export const NOTIFICATION_KINDS = ['published', 'updated', 'deadline-extended', 'closed', 'cancelled', 'expired', 'deadline-reminder', 'recommended'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * The parts of the opportunity's snapshot the feed shows; their types are the opportunities API's,
 * except that a notification may also be about a partner programme (type `partner-programme`, the
 * programme's id as `opportunityId`; ADR 23).
 */
export type FeedOpportunity = Pick<Opportunity, 'opportunityId' | 'title' | 'status' | 'originClusterId' | 'deadline'> & { type: SubscribableType };

/** One of matchmaking's reasons: what matched, in a sentence, and what it added to the score. */
export interface RecommendationReason {
  summary: string;
  contribution: number;
}

export interface Recommendation {
  rank: number;
  score: number;
  reasons: RecommendationReason[];
}

export interface FeedNotification {
  notificationId: string;
  /** The position in the subscription's feed (the SSE event id). */
  seq: number;
  kind: NotificationKind;
  createdAt: string;
  opportunity: FeedOpportunity;
  recommendation?: Recommendation;
  previousDeadline?: string;
  daysBeforeDeadline?: number;
}

type Fields = Readonly<Record<string, unknown>>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T => typeof value === 'string' && values.some((known) => known === value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function opportunityOf(value: unknown): FeedOpportunity | undefined {
  if (!isFields(value)) return undefined;
  const { opportunityId, title, type, status, originClusterId, deadline } = value;
  if (!isString(opportunityId) || !isString(title) || !oneOf(SUBSCRIBABLE_TYPES, type) || !oneOf(OPPORTUNITY_STATUSES, status) || !isString(originClusterId) || !isString(deadline)) {
    return undefined;
  }
  return { opportunityId, title, type, status, originClusterId, deadline };
}

function recommendationOf(value: unknown): Recommendation | undefined {
  if (!isFields(value) || !isNumber(value.rank) || !isNumber(value.score) || !Array.isArray(value.reasons)) return undefined;
  const reasons = value.reasons.flatMap((reason: unknown) =>
    isFields(reason) && isString(reason.summary) && isNumber(reason.contribution) ? [{ summary: reason.summary, contribution: reason.contribution }] : [],
  );
  return { rank: value.rank, score: value.score, reasons };
}

/** The notification in one stream event's data, or undefined when it is not one the feed can show. */
export function parseNotification(data: string): FeedNotification | undefined {
  let event: unknown;
  try {
    event = JSON.parse(data);
  } catch {
    return undefined;
  }
  const notification = isFields(event) && isFields(event.data) ? event.data.notification : undefined;
  if (!isFields(notification)) return undefined;
  const { notificationId, seq, kind, createdAt, previousDeadline, daysBeforeDeadline } = notification;
  const opportunity = opportunityOf(notification.opportunity);
  if (!isString(notificationId) || !isNumber(seq) || !oneOf(NOTIFICATION_KINDS, kind) || !isString(createdAt) || opportunity === undefined) return undefined;
  const recommendation = recommendationOf(notification.recommendation);
  return {
    notificationId,
    seq,
    kind,
    createdAt,
    opportunity,
    ...(recommendation !== undefined && { recommendation }),
    ...(isString(previousDeadline) && { previousDeadline }),
    ...(isNumber(daysBeforeDeadline) && { daysBeforeDeadline }),
  };
}
