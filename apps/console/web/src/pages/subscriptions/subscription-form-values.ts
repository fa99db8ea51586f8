import type { OpportunitiesSchemas } from '../../api/clients';
import { HELIX_TYPES, SECTORS, oneOf } from '../../api/vocabulary';
import { checkedValuesOf, commaListOf, optionalNumberOf, optionalTextOf, textOf } from '../../components/form-values';
import { SUBSCRIBABLE_TYPES } from '../opportunities/vocabulary';
import { emailChangeOf, emailChannelOf } from './email-channel-values';

export type Subscription = OpportunitiesSchemas['schemas']['SubscriptionResponse'];
type CreateSubscription = OpportunitiesSchemas['schemas']['CreateSubscriptionDto'];
type UpdateSubscription = OpportunitiesSchemas['schemas']['UpdateSubscriptionDto'];
type Filters = OpportunitiesSchemas['schemas']['SubscriptionFiltersDto'];
type Subscriber = OpportunitiesSchemas['schemas']['SubscriberDto'];

/** The filter inputs; their names are the API's field paths, so a 400 lands under the right one. */
export const FILTER_FIELDS = [
  'filters.types',
  'filters.sectors',
  'filters.technologies',
  'filters.countries',
  'filters.originClusterIds',
  'filters.helixTypes',
  'filters.keywords',
  'filters.minValue.amount',
  'filters.minValue.currency',
  'filters.deadlineWithinDays',
  'filters.deadlineAtLeastDays',
] as const;

/** The whole filter set (PATCH replaces it as a whole; empty lists mean "no restriction"). */
export function filtersOf(data: FormData): Filters {
  const minAmount = optionalNumberOf(data, 'filters.minValue.amount');
  const within = optionalNumberOf(data, 'filters.deadlineWithinDays');
  const atLeast = optionalNumberOf(data, 'filters.deadlineAtLeastDays');
  return {
    types: checkedValuesOf(data, 'filters.types').filter((type) => oneOf(SUBSCRIBABLE_TYPES, type)),
    sectors: checkedValuesOf(data, 'filters.sectors').filter((sector) => oneOf(SECTORS, sector)),
    technologies: commaListOf(data, 'filters.technologies'),
    countries: commaListOf(data, 'filters.countries'),
    originClusterIds: checkedValuesOf(data, 'filters.originClusterIds'),
    helixTypes: checkedValuesOf(data, 'filters.helixTypes').filter((helixType) => oneOf(HELIX_TYPES, helixType)),
    keywords: commaListOf(data, 'filters.keywords'),
    ...(minAmount !== undefined && { minValue: { amount: minAmount, currency: textOf(data, 'filters.minValue.currency').toUpperCase() } }),
    ...(within !== undefined && { deadlineWithinDays: within }),
    ...(atLeast !== undefined && { deadlineAtLeastDays: atLeast }),
  };
}

/**
 * Whose subscription it is: an organisation when one is chosen, else the cluster. Left out when a
 * member or a manager subscribes for themselves (the API takes the caller's organisation or
 * cluster); the secretariat always names one.
 */
export function subscriberOf(data: FormData, ownClusterId: string | undefined): Subscriber | undefined {
  const organisationId = optionalTextOf(data, 'subscriber.organisationId');
  const clusterId = optionalTextOf(data, 'subscriber.clusterId') ?? ownClusterId;
  if (clusterId === undefined) return undefined;
  if (organisationId !== undefined) return { kind: 'organisation', clusterId, organisationId };
  return data.has('subscriber.clusterId') ? { kind: 'cluster', clusterId } : undefined;
}

export function createBodyOf(data: FormData, subscriber: Subscriber | undefined): CreateSubscription {
  const webhookUrl = optionalTextOf(data, 'channels.webhook.url');
  const email = emailChannelOf(data);
  return {
    name: textOf(data, 'name'),
    filters: filtersOf(data),
    channels: { calendar: data.get('channels.calendar') === 'on', ...(webhookUrl !== undefined && { webhook: { url: webhookUrl } }), ...(email !== undefined && { email }) },
    ...(subscriber !== undefined && { subscriber }),
  };
}

/**
 * Only a changed webhook address is sent: emptied removes the webhook (null), a first one gets a new
 * secret. The e-mail channel is sent whole when on (it replaces the stored one), null when switched off.
 */
export function updateBodyOf(data: FormData, current: Subscription): UpdateSubscription {
  const webhookUrl = optionalTextOf(data, 'channels.webhook.url');
  const currentUrl = current.channels.webhook?.url;
  const webhookChange = webhookUrl === currentUrl ? {} : { webhook: webhookUrl === undefined ? null : { url: webhookUrl } };
  return {
    name: textOf(data, 'name'),
    filters: filtersOf(data),
    channels: { calendar: data.get('channels.calendar') === 'on', ...webhookChange, ...emailChangeOf(data, current.channels.email) },
  };
}
