import type {
  EmailChannelV1,
  SubscriberV1,
  SubscriptionFiltersV1,
  SubscriptionSnapshotV1,
  WebhookStatus,
} from '@icn/contracts';

/** The webhook channel as stored: the signing secret never leaves the service except once, to the owner. */
export interface WebhookChannelState {
  url: string;
  /** `whsec_<base64>` (Standard Webhooks); the HMAC key is the base64-decoded part. */
  secret: string;
  status: WebhookStatus;
  disabledAt?: string;
  disabledReason?: string;
  /** Failed attempts since the last success; internal (not in events), reset on success. */
  consecutiveFailures?: number;
}

export interface SubscriptionChannelsState {
  webhook?: WebhookChannelState;
  calendar: boolean;
  /** sha256 hex of the calendar feed token (the token itself is returned once). */
  calendarTokenHash?: string;
  /** Recipients are contact ids of the subscribing organisation (checked against the directory when set). */
  email?: EmailChannelV1;
}

export interface SubscriptionState {
  subscriptionId: string;
  subscriber: SubscriberV1;
  name: string;
  filters: SubscriptionFiltersV1;
  channels: SubscriptionChannelsState;
  /** Principal subject who created it (audit). */
  createdBy: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  deleted: boolean;
}

/** Empty filters: the subscription matches every opportunity it may see. */
export function emptyFilters(): SubscriptionFiltersV1 {
  return { types: [], sectors: [], technologies: [], countries: [], originClusterIds: [], helixTypes: [], keywords: [] };
}

/** The public state (the event payload and the API's body), without secrets or hashes. */
export function toSnapshot(state: SubscriptionState): SubscriptionSnapshotV1 {
  const webhook = state.channels.webhook;
  return {
    subscriptionId: state.subscriptionId,
    subscriber: { ...state.subscriber },
    name: state.name,
    filters: { ...state.filters },
    channels: {
      calendar: state.channels.calendar,
      ...(state.channels.email ? { email: emailSnapshot(state.channels.email) } : {}),
      ...(webhook
        ? {
            webhook: {
              url: webhook.url,
              status: webhook.status,
              ...(webhook.disabledAt ? { disabledAt: webhook.disabledAt } : {}),
              ...(webhook.disabledReason ? { disabledReason: webhook.disabledReason } : {}),
            },
          }
        : {}),
    },
    version: state.version,
    createdAt: state.createdAt,
    updatedAt: state.updatedAt,
  };
}

function emailSnapshot(email: EmailChannelV1): EmailChannelV1 {
  return {
    recipients: [...email.recipients],
    cadence: email.cadence,
    timeZone: email.timeZone,
    hour: email.hour,
    ...(email.weekday !== undefined ? { weekday: email.weekday } : {}),
    ...(email.priority ? { priority: { ...email.priority } } : {}),
  };
}
