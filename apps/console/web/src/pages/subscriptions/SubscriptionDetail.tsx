import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useAsync } from '../../components/use-async';
import { format, t } from '../../i18n/catalogue';
import { announcementIn } from '../opportunities/router-announcement';
import { helixTypeLabel, opportunityTypeLabel, sectorLabel } from '../opportunities/vocabulary';
import { CalendarPanel } from './CalendarPanel';
import { DeleteSubscription } from './DeleteSubscription';
import { EmailPanel } from './EmailPanel';
import { subscriberLabel } from './subscriber-label';
import type { Subscription } from './subscription-form-values';
import { WebhookPanel } from './WebhookPanel';

const listOr = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : t('subscriptions.filters.any'));

function FiltersSummary({ filters }: { filters: Subscription['filters'] }) {
  return (
    <dl className="facts">
      <dt>{t('subscriptions.field.types')}</dt>
      <dd>{listOr(filters.types.map(opportunityTypeLabel))}</dd>
      <dt>{t('subscriptions.field.sectors')}</dt>
      <dd>{listOr(filters.sectors.map(sectorLabel))}</dd>
      <dt>{t('subscriptions.field.keywords')}</dt>
      <dd>{listOr(filters.keywords)}</dd>
      <dt>{t('subscriptions.field.technologies')}</dt>
      <dd>{listOr(filters.technologies)}</dd>
      <dt>{t('subscriptions.field.countries')}</dt>
      <dd>{listOr(filters.countries)}</dd>
      <dt>{t('subscriptions.field.originClusters')}</dt>
      <dd>{listOr(filters.originClusterIds)}</dd>
      <dt>{t('subscriptions.field.helixTypes')}</dt>
      <dd>{listOr(filters.helixTypes.map(helixTypeLabel))}</dd>
      {filters.minValue !== undefined && (
        <>
          <dt>{t('subscriptions.field.minValue')}</dt>
          <dd>{`${format.number(filters.minValue.amount)} ${filters.minValue.currency}`}</dd>
        </>
      )}
      {filters.deadlineWithinDays !== undefined && (
        <>
          <dt>{t('subscriptions.field.deadlineWithinDays')}</dt>
          <dd>{filters.deadlineWithinDays}</dd>
        </>
      )}
      {filters.deadlineAtLeastDays !== undefined && (
        <>
          <dt>{t('subscriptions.field.deadlineAtLeastDays')}</dt>
          <dd>{filters.deadlineAtLeastDays}</dd>
        </>
      )}
    </dl>
  );
}

/** One subscription: whose, its filters, its channels (webhook with log, calendar, e-mail with log), and unsubscribing. */
export function SubscriptionDetail() {
  const { subscriptionId = '' } = useParams();
  const user = useUser();
  const location = useLocation();
  const [announcement, setAnnouncement] = useState(() => announcementIn(location.state));
  const subscription = useAsync(() => expectOk(api.opportunities.GET('/subscriptions/{subscriptionId}', { params: { path: { subscriptionId } } })), subscriptionId);

  if (subscription.status === 'loading') return <p aria-live="polite">{t('app.loading')}</p>;
  if (subscription.status === 'failed') {
    return (
      <>
        <PageHeader title={t('subscriptions.detail.title')} />
        <ErrorMessage error={subscription.error} onRetry={subscription.reload} />
        <p>
          <Link to="/subscriptions">{t('subscriptions.detail.back')}</Link>
        </p>
      </>
    );
  }
  const current = subscription.data;
  const changed = (message: string) => {
    setAnnouncement(message);
    subscription.reload();
  };
  return (
    <>
      <PageHeader title={current.name}>
        <Link className="button" to={`/subscriptions/${subscriptionId}/edit`}>
          {t('subscriptions.detail.edit')}
        </Link>
        <Link className="button" to={`/feed?subscription=${subscriptionId}`}>
          {t('subscriptions.detail.openFeed')}
        </Link>
      </PageHeader>
      <p role="status" className="notice-live">
        {announcement}
      </p>
      <dl className="facts">
        <dt>{t('subscriptions.field.subscriber')}</dt>
        <dd>{subscriberLabel(current.subscriber, user)}</dd>
        <dt>{t('subscriptions.field.createdAt')}</dt>
        <dd>{format.dateTime(current.createdAt)}</dd>
        <dt>{t('subscriptions.field.updatedAt')}</dt>
        <dd>{format.dateTime(current.updatedAt)}</dd>
      </dl>
      <h2>{t('subscriptions.field.filters')}</h2>
      <FiltersSummary filters={current.filters} />
      <WebhookPanel subscription={current} onChanged={changed} />
      <CalendarPanel subscription={current} onChanged={changed} />
      <EmailPanel subscription={current} />
      <DeleteSubscription subscriptionId={subscriptionId} />
      <p>
        <Link to="/subscriptions">{t('subscriptions.detail.back')}</Link>
      </p>
    </>
  );
}
