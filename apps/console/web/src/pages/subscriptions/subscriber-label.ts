import type { ConsoleUser } from '../../app/session';
import { t } from '../../i18n/catalogue';
import type { Subscription } from './subscription-form-values';

/** Whose subscription it is, in words: the person's own organisation or cluster said so (the API names an organisation by id only). */
export function subscriberLabel(subscriber: Subscription['subscriber'], user: ConsoleUser): string {
  if (subscriber.kind === 'cluster') {
    return subscriber.clusterId === user.clusterId ? t('subscriptions.subscriber.ownCluster', { cluster: subscriber.clusterId }) : t('subscriptions.subscriber.cluster', { cluster: subscriber.clusterId });
  }
  if (subscriber.organisationId !== undefined && subscriber.organisationId === user.organisationId) return t('subscriptions.subscriber.ownOrganisation');
  return t('subscriptions.subscriber.organisation', { cluster: subscriber.clusterId, organisation: subscriber.organisationId ?? '' });
}
