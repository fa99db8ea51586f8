import { type FormEvent, useCallback, useReducer } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { t } from '../../i18n/catalogue';
import { FeedItemCard } from './FeedItemCard';
import type { FeedNotification } from './feed-notification';
import { feedReducer, initialFeed, isUnread, unreadCount, type FeedAction } from './feed-state';
import type { Subscription } from '../subscriptions/subscription-form-values';
import { loadReadMarks, saveReadMarks } from './read-marks';
import { useSubscriptionStream, type StreamStatus } from './use-subscription-stream';

const STATUS_TEXT: Record<StreamStatus, Parameters<typeof t>[0]> = {
  connecting: 'feed.connection.connecting',
  connected: 'feed.connection.connected',
  reconnecting: 'feed.connection.reconnecting',
  stopped: 'feed.connection.stopped',
};

export function subscriptionLabel(subscription: Subscription): string {
  return subscription.subscriber.kind === 'cluster'
    ? t('feed.subscription.ofCluster', { name: subscription.name, cluster: subscription.subscriber.clusterId })
    : t('feed.subscription.ofOrganisation', { name: subscription.name, cluster: subscription.subscriber.clusterId });
}

interface SubscriptionFeedProps {
  subscription: Subscription;
  subscriptions: readonly Subscription[];
  onChoose: (subscriptionId: string) => void;
}

/** The live feed of one subscription (the page mounts one per subscription chosen, keyed by its id). */
export function SubscriptionFeed({ subscription, subscriptions, onChoose }: SubscriptionFeedProps) {
  const { subscriptionId } = subscription;
  const [feed, dispatch] = useReducer(feedReducer, subscriptionId, (id) => initialFeed(loadReadMarks(id)));
  const receive = useCallback((notifications: FeedNotification[]) => dispatch({ type: 'received', notifications }), []);
  const stream = useSubscriptionStream(subscriptionId, receive);
  const unread = unreadCount(feed);

  // Kept at once, not in an effect: opening an item navigates away, and the page is gone before an effect would run.
  const read = (action: Extract<FeedAction, { type: 'read' | 'read-all' }>) => {
    saveReadMarks(subscriptionId, feedReducer(feed, action).marks);
    dispatch(action);
  };

  const choose = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).get('subscription');
    if (typeof chosen === 'string' && chosen !== subscriptionId) onChoose(chosen);
  };

  return (
    <>
      <PageHeader title={t('nav.feed')}>
        <span className="badge feed-unread-count" data-unread-count={unread}>
          {t('feed.unreadCount', { count: unread })}
        </span>
        {unread > 0 && (
          <button type="button" onClick={() => read({ type: 'read-all' })}>
            {t('feed.markAllRead')}
          </button>
        )}
      </PageHeader>
      {/* Announces each batch of new items once (a new span per batch, so "1 new" twice is heard twice). */}
      <div aria-live="polite" aria-atomic="true" className="visually-hidden" data-testid="feed-announcement">
        {feed.announcement.batch > 0 && <span key={feed.announcement.batch}>{t('feed.newItems', { count: feed.announcement.count })}</span>}
      </div>
      {subscriptions.length > 1 ? (
        <form className="toolbar" onSubmit={choose} aria-label={t('feed.subscription.choose')}>
          <SelectField
            label={t('feed.subscription.label')}
            name="subscription"
            defaultValue={subscriptionId}
            options={subscriptions.map((candidate) => ({ value: candidate.subscriptionId, label: subscriptionLabel(candidate) }))}
          />
          <button type="submit">{t('feed.subscription.show')}</button>
        </form>
      ) : (
        <p>{t('feed.subscription.only', { subscription: subscriptionLabel(subscription) })}</p>
      )}
      <p className="live-status" role="status" data-connection={stream.status}>
        {t(STATUS_TEXT[stream.status])}
      </p>
      {stream.status === 'stopped' && <ErrorMessage error={stream.error} onRetry={stream.reconnect} />}
      {feed.items.length === 0 ? (
        stream.status === 'connected' && (
          <p>
            {t('feed.empty')} <Link to={`/subscriptions/${subscriptionId}`}>{t('feed.emptyFilters')}</Link>
          </p>
        )
      ) : (
        <ol className="feed-list" aria-label={t('feed.list')}>
          {feed.items.map((item) => (
            <li key={item.opportunity.opportunityId}>
              <FeedItemCard item={item} unread={isUnread(feed, item)} onRead={() => read({ type: 'read', opportunityId: item.opportunity.opportunityId })} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
