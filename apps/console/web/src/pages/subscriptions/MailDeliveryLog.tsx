import { expectOk } from '../../api/api-error';
import { api, type OpportunitiesSchemas } from '../../api/clients';
import { CursorPager } from '../../components/CursorPager';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ScrollRegion } from '../../components/ScrollRegion';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../components/use-async';
import { useCursorPages } from '../../components/use-cursor-pages';
import { format, t } from '../../i18n/catalogue';

type MailDelivery = OpportunitiesSchemas['schemas']['MailDeliveryResponse'];
type MailStatus = MailDelivery['status'];

const PAGE_SIZE = 20;
/** Badge colours: sent reads as done, failed as a problem; the word is always there too. */
const BADGE: Record<MailStatus, string> = { pending: 'pending', sending: 'pending', sent: 'active', failed: 'disabled', suppressed: 'suspended' };

/** The newest attempt, in words: the relay's answer, or why it failed. */
function lastAttemptOf(delivery: MailDelivery): string {
  const last = delivery.attempts[delivery.attempts.length - 1];
  if (last === undefined) return t('subscriptions.mail.noAttempt');
  return t('subscriptions.mail.attempt', { at: format.dateTime(last.at), outcome: last.response ?? last.error ?? '', ms: last.durationMs });
}

const DIGEST_CLAIM = /^(daily|weekly):(\d{4}-\d{2}-\d{2})$/;

/** What the mail is, from its claim: `<subscription>:<cadence>:<local date>` a digest, `<subscription>:<notification id>` one notification. */
function mailOf(delivery: MailDelivery, subscriptionId: string): string {
  const claim = delivery.claimId.startsWith(`${subscriptionId}:`) ? delivery.claimId.slice(subscriptionId.length + 1) : delivery.claimId;
  const digest = DIGEST_CLAIM.exec(claim);
  if (digest?.[1] === 'daily' && digest[2] !== undefined) return t('subscriptions.mail.dailyDigest', { date: digest[2] });
  if (digest?.[1] === 'weekly' && digest[2] !== undefined) return t('subscriptions.mail.weeklyDigest', { date: digest[2] });
  return t('subscriptions.mail.notification', { id: claim });
}

interface MailDeliveryLogProps {
  subscriptionId: string;
  /** Contact id → "name <address>", for the contacts the reader may see; others are named generically. */
  recipientNames: ReadonlyMap<string, string>;
}

/** GET …/mail/deliveries: every mail sent (or being sent) for the subscription, newest first, one row per recipient. */
export function MailDeliveryLog({ subscriptionId, recipientNames }: MailDeliveryLogProps) {
  const pages = useCursorPages('');
  const log = useAsync(
    () =>
      expectOk(
        api.opportunities.GET('/subscriptions/{subscriptionId}/mail/deliveries', {
          params: { path: { subscriptionId }, query: { limit: PAGE_SIZE, ...(pages.cursor !== undefined && { cursor: pages.cursor }) } },
        }),
      ),
    `${subscriptionId}|${pages.cursor ?? ''}`,
  );
  return (
    <section aria-labelledby="mail-delivery-log">
      <h3 id="mail-delivery-log">{t('subscriptions.mail.title')}</h3>
      <div className="toolbar">
        <button type="button" onClick={log.reload}>
          {t('subscriptions.mail.refresh')}
        </button>
      </div>
      {log.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
      {log.status === 'failed' && <ErrorMessage error={log.error} onRetry={log.reload} />}
      {log.status === 'done' &&
        (log.data.items.length === 0 ? (
          <p>{t('subscriptions.mail.empty')}</p>
        ) : (
          <ScrollRegion label={t('subscriptions.mail.title')}>
            <table>
              <caption className="visually-hidden">{t('subscriptions.mail.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('subscriptions.mail.created')}</th>
                  <th scope="col">{t('subscriptions.mail.recipient')}</th>
                  <th scope="col">{t('subscriptions.mail.mail')}</th>
                  <th scope="col">{t('subscriptions.mail.status')}</th>
                  <th scope="col">{t('subscriptions.mail.lastAttempt')}</th>
                </tr>
              </thead>
              <tbody>
                {log.data.items.map((delivery) => (
                  <tr key={delivery.deliveryId} data-mail-delivery-id={delivery.deliveryId} data-status={delivery.status}>
                    <th scope="row">{format.dateTime(delivery.createdAt)}</th>
                    <td>{recipientNames.get(delivery.recipientId) ?? t('subscriptions.mail.unknownRecipient')}</td>
                    <td>{mailOf(delivery, subscriptionId)}</td>
                    <td>
                      <StatusBadge status={BADGE[delivery.status]} label={t(`subscriptions.mail.status.${delivery.status}`)} />
                      <div className="meta">
                        {t('subscriptions.mail.attempts', { count: delivery.attemptCount })}
                        {delivery.nextAttemptAt !== undefined && ` ${t('subscriptions.mail.nextAttempt', { at: format.dateTime(delivery.nextAttemptAt) })}`}
                      </div>
                    </td>
                    <td>{lastAttemptOf(delivery)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        ))}
      {log.status === 'done' && <CursorPager label={t('subscriptions.mail.paging')} pages={pages} shown={log.data.items.length} nextCursor={log.data.nextCursor} />}
    </section>
  );
}
