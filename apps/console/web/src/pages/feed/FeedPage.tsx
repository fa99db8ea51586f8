import { Link, useSearchParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser, type ConsoleUser } from '../../app/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useAsync } from '../../components/use-async';
import { t } from '../../i18n/catalogue';
import type { Subscription } from '../subscriptions/subscription-form-values';
import { SubscriptionFeed } from './SubscriptionFeed';

/** The subscriptions list answers at most this many at once; a feed chooser longer than that would not help anyone. */
const SUBSCRIPTIONS_SHOWN = 100;

/** The subscription that is the person's own: their organisation's (a member), their cluster's (a manager). */
function ownFirst(user: ConsoleUser, subscriptions: readonly Subscription[]): Subscription | undefined {
  const own = subscriptions.find((subscription) =>
    user.role === 'member'
      ? subscription.subscriber.organisationId === user.organisationId
      : user.role === 'cluster-manager' && subscription.subscriber.kind === 'cluster' && subscription.subscriber.clusterId === user.clusterId,
  );
  return own ?? subscriptions[0];
}

/**
 * The live feed: opportunities matching a subscription arrive without reload.
 *
 * One subscription at a time, chosen from the person's list (their own first), not all at once:
 * the list is what the person may manage — a cluster manager's includes every member
 * organisation's subscriptions of the cluster and the secretariat's the whole network's — so
 * merging it would show other people's feeds; each stream also holds one of the few connections a
 * browser keeps open per site (six over HTTP/1.1), which several streams would use up, leaving the
 * page's own API calls waiting; and one stream keeps its event ids a single sequence to resume from.
 */
export default function FeedPage() {
  const user = useUser();
  const [search, setSearch] = useSearchParams();
  const subscriptions = useAsync(async () => (await expectOk(api.opportunities.GET('/subscriptions', { params: { query: { limit: SUBSCRIPTIONS_SHOWN } } }))).items, 'subscriptions');

  if (subscriptions.status !== 'done') {
    return (
      <>
        <PageHeader title={t('nav.feed')} />
        {subscriptions.status === 'loading' ? <p aria-live="polite">{t('app.loading')}</p> : <ErrorMessage error={subscriptions.error} onRetry={subscriptions.reload} />}
      </>
    );
  }
  const chosenId = search.get('subscription');
  const chosen = subscriptions.data.find((subscription) => subscription.subscriptionId === chosenId) ?? ownFirst(user, subscriptions.data);
  if (chosen === undefined) {
    return (
      <>
        <PageHeader title={t('nav.feed')} />
        <div className="notice">
          <p>{t('feed.noSubscription')}</p>
          <p>
            <Link to="/subscriptions/new">{t('feed.createSubscription')}</Link>
          </p>
        </div>
      </>
    );
  }
  return <SubscriptionFeed key={chosen.subscriptionId} subscription={chosen} subscriptions={subscriptions.data} onChoose={(subscriptionId) => setSearch({ subscription: subscriptionId })} />;
}
