import type { FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { CursorPager } from '../../components/CursorPager';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../components/use-async';
import { useCursorPages } from '../../components/use-cursor-pages';
import { format, t } from '../../i18n/catalogue';
import { useClusters } from '../members/use-clusters';
import { announcementIn } from '../opportunities/router-announcement';
import { subscriberLabel } from './subscriber-label';

const PAGE_SIZE = 20;

/**
 * The subscriptions the person may manage, as the service scopes them: a member's organisation's,
 * a manager's cluster's (its own and its organisations'), all for the secretariat (who may narrow
 * the list to one cluster).
 */
export function SubscriptionList() {
  const user = useUser();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const clusterId = user.role === 'network-admin' ? (search.get('clusterId') ?? '') : '';
  const pages = useCursorPages(clusterId);
  const clusters = useClusters();
  const page = useAsync(
    () =>
      expectOk(
        api.opportunities.GET('/subscriptions', {
          params: { query: { limit: PAGE_SIZE, ...(clusterId !== '' && { clusterId }), ...(pages.cursor !== undefined && { cursor: pages.cursor }) } },
        }),
      ),
    `${clusterId}|${pages.cursor ?? ''}`,
  );
  const filter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).get('clusterId');
    setSearch(typeof chosen === 'string' && chosen !== '' ? { clusterId: chosen } : {});
  };

  return (
    <>
      <PageHeader title={t('nav.subscriptions')}>
        <Link className="button primary" to="/subscriptions/new">
          {t('subscriptions.list.create')}
        </Link>
      </PageHeader>
      <p role="status" className="notice-live">
        {announcementIn(location.state)}
      </p>
      <p>{t(`subscriptions.list.scope.${user.role}`, { cluster: user.clusterId ?? '' })}</p>
      {user.role === 'network-admin' && (
        <form key={clusterId} className="toolbar" onSubmit={filter} aria-label={t('subscriptions.list.filter')}>
          <SelectField
            label={t('subscriptions.list.cluster')}
            name="clusterId"
            defaultValue={clusterId}
            options={[
              { value: '', label: t('subscriptions.list.allClusters') },
              ...(clusters.status === 'done' ? clusters.data.map((cluster) => ({ value: cluster.clusterId, label: cluster.name })) : []),
            ]}
          />
          <button type="submit">{t('subscriptions.list.apply')}</button>
        </form>
      )}
      {page.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
      {page.status === 'failed' && <ErrorMessage error={page.error} onRetry={page.reload} />}
      {page.status === 'done' && (
        <>
          {page.data.items.length === 0 ? (
            <p>{t('subscriptions.list.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">{t('subscriptions.list.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('subscriptions.field.name')}</th>
                    <th scope="col">{t('subscriptions.field.subscriber')}</th>
                    <th scope="col">{t('subscriptions.field.webhook')}</th>
                    <th scope="col">{t('subscriptions.field.calendar')}</th>
                    <th scope="col">{t('subscriptions.field.updatedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.data.items.map((subscription) => (
                    <tr key={subscription.subscriptionId} data-subscription-id={subscription.subscriptionId}>
                      <th scope="row">
                        <Link to={`/subscriptions/${subscription.subscriptionId}`}>{subscription.name}</Link>
                      </th>
                      <td>{subscriberLabel(subscription.subscriber, user)}</td>
                      <td>
                        {subscription.channels.webhook === undefined ? (
                          t('subscriptions.webhook.none')
                        ) : (
                          <StatusBadge status={subscription.channels.webhook.status === 'enabled' ? 'active' : 'disabled'} label={t(`subscriptions.webhook.status.${subscription.channels.webhook.status}`)} />
                        )}
                      </td>
                      <td>{subscription.channels.calendar ? t('subscriptions.calendar.on') : t('subscriptions.calendar.off')}</td>
                      <td>{format.dateTime(subscription.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <CursorPager label={t('subscriptions.list.paging')} pages={pages} shown={page.data.items.length} nextCursor={page.data.nextCursor} />
        </>
      )}
    </>
  );
}
