import { type FormEvent, useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api, type OpportunitiesSchemas } from '../../api/clients';
import { FormError, SelectField } from '../../components/FormField';
import { CursorPager } from '../../components/CursorPager';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusBadge } from '../../components/StatusBadge';
import { useAction } from '../../components/use-action';
import { useAsync } from '../../components/use-async';
import { useCursorPages } from '../../components/use-cursor-pages';
import { format, t } from '../../i18n/catalogue';

type Delivery = OpportunitiesSchemas['schemas']['DeliveryResponse'];
type DeliveryStatus = Delivery['status'];

const PAGE_SIZE = 20;
const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'suspended'] as const satisfies readonly DeliveryStatus[];
const oneOfStatuses = (value: string): value is DeliveryStatus => DELIVERY_STATUSES.some((status) => status === value);
/** Badge colours: delivered reads as done, failed as a problem; the word is always there too. */
const BADGE: Record<DeliveryStatus, string> = { pending: 'pending', delivered: 'active', failed: 'disabled', suspended: 'suspended' };

/** The newest attempt, in words: the HTTP status the endpoint answered, or why there was no answer. */
function lastAttemptOf(delivery: Delivery): string {
  const last = delivery.attempts[delivery.attempts.length - 1];
  if (last === undefined) return t('subscriptions.deliveries.noAttempt');
  const outcome = last.statusCode !== undefined ? t('subscriptions.deliveries.answered', { code: last.statusCode }) : (last.error ?? '');
  return t('subscriptions.deliveries.attempt', { at: format.dateTime(last.at), outcome, ms: last.durationMs });
}

/** Sends one notification again now, with the same webhook-id (receivers de-duplicate by it). */
function Redeliver({ subscriptionId, delivery, onDone }: { subscriptionId: string; delivery: Delivery; onDone: () => void }) {
  const action = useAction();
  const [sent, setSent] = useState(false);
  const redeliver = async () => {
    const result = await action.run(() =>
      expectOk(
        api.opportunities.POST('/subscriptions/{subscriptionId}/webhook/deliveries/{deliveryId}/redeliver', { params: { path: { subscriptionId, deliveryId: delivery.deliveryId } } }),
      ),
    );
    setSent(result.ok);
    if (result.ok) onDone();
  };
  return (
    <>
      <button type="button" disabled={action.pending} onClick={() => void redeliver()}>
        {t('subscriptions.deliveries.redeliver')}
        <span className="visually-hidden"> {t('subscriptions.deliveries.number', { seq: delivery.seq })}</span>
      </button>
      <span role="status" className="delivery-redelivered">
        {sent && t('subscriptions.deliveries.redelivered')}
      </span>
      <FormError error={action.error} fields={[]} />
    </>
  );
}

/** GET …/webhook/deliveries: every notification sent to the webhook, newest first, with its attempts. */
export function DeliveryLog({ subscriptionId }: { subscriptionId: string }) {
  const [status, setStatus] = useState<DeliveryStatus | undefined>(undefined);
  const pages = useCursorPages(status ?? '');
  const log = useAsync(
    () =>
      expectOk(
        api.opportunities.GET('/subscriptions/{subscriptionId}/webhook/deliveries', {
          params: {
            path: { subscriptionId },
            query: { limit: PAGE_SIZE, ...(status !== undefined && { status }), ...(pages.cursor !== undefined && { cursor: Number(pages.cursor) }) },
          },
        }),
      ),
    `${subscriptionId}|${status ?? ''}|${pages.cursor ?? ''}`,
  );
  const filter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).get('status');
    setStatus(typeof chosen === 'string' && oneOfStatuses(chosen) ? chosen : undefined);
  };

  return (
    <section aria-labelledby="delivery-log">
      <h3 id="delivery-log">{t('subscriptions.deliveries.title')}</h3>
      <form className="toolbar" onSubmit={filter} aria-label={t('subscriptions.deliveries.filter')}>
        <SelectField
          label={t('subscriptions.deliveries.status')}
          name="status"
          defaultValue={status ?? ''}
          options={[{ value: '', label: t('subscriptions.deliveries.anyStatus') }, ...DELIVERY_STATUSES.map((value) => ({ value, label: t(`subscriptions.deliveries.status.${value}`) }))]}
        />
        <button type="submit">{t('subscriptions.deliveries.apply')}</button>
        <button type="button" onClick={log.reload}>
          {t('subscriptions.deliveries.refresh')}
        </button>
      </form>
      {log.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
      {log.status === 'failed' && <ErrorMessage error={log.error} onRetry={log.reload} />}
      {log.status === 'done' &&
        (log.data.items.length === 0 ? (
          <p>{t('subscriptions.deliveries.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{t('subscriptions.deliveries.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('subscriptions.deliveries.seq')}</th>
                  <th scope="col">{t('subscriptions.deliveries.kind')}</th>
                  <th scope="col">{t('subscriptions.deliveries.status')}</th>
                  <th scope="col">{t('subscriptions.deliveries.lastAttempt')}</th>
                  <th scope="col">{t('subscriptions.deliveries.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {log.data.items.map((delivery) => (
                  <tr key={delivery.deliveryId} data-delivery-id={delivery.deliveryId}>
                    <th scope="row">{delivery.seq}</th>
                    <td>{delivery.kind}</td>
                    <td>
                      <StatusBadge status={BADGE[delivery.status]} label={t(`subscriptions.deliveries.status.${delivery.status}`)} />
                      <div className="meta">
                        {t('subscriptions.deliveries.attempts', { count: delivery.attemptCount })}
                        {delivery.nextAttemptAt !== undefined && ` ${t('subscriptions.deliveries.nextAttempt', { at: format.dateTime(delivery.nextAttemptAt) })}`}
                      </div>
                    </td>
                    <td>{lastAttemptOf(delivery)}</td>
                    <td>
                      <Redeliver subscriptionId={subscriptionId} delivery={delivery} onDone={log.reload} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {log.status === 'done' && <CursorPager label={t('subscriptions.deliveries.paging')} pages={pages} shown={log.data.items.length} nextCursor={log.data.nextCursor} />}
    </section>
  );
}
