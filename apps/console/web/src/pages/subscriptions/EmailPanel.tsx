import { Link } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useAsync } from '../../components/use-async';
import { t } from '../../i18n/catalogue';
import { hourLabel, weekdayName, type CurrentEmailChannel } from './email-channel-values';
import { MailDeliveryLog } from './MailDeliveryLog';
import type { Subscription } from './subscription-form-values';


function whenOf(email: CurrentEmailChannel): string {
  const cadence = t(`subscriptions.email.cadence.${email.cadence}`);
  if (email.cadence === 'instant') return t('subscriptions.email.summaryInstant', { cadence, timeZone: email.timeZone });
  if (email.cadence === 'weekly' && email.weekday !== undefined) {
    return t('subscriptions.email.summaryWeekly', { cadence, weekday: weekdayName(email.weekday), hour: hourLabel(email.hour), timeZone: email.timeZone });
  }
  return t('subscriptions.email.summaryDigest', { cadence, hour: hourLabel(email.hour), timeZone: email.timeZone });
}

function priorityOf(email: CurrentEmailChannel): string {
  const rules = [
    ...(email.priority?.deadlineWithinDays !== undefined ? [t('subscriptions.email.summaryPriorityDeadline', { days: email.priority.deadlineWithinDays })] : []),
    ...(email.priority?.recommendedMinScore !== undefined ? [t('subscriptions.email.summaryPriorityScore', { score: email.priority.recommendedMinScore })] : []),
  ];
  return rules.length > 0 ? rules.join('; ') : t('subscriptions.email.summaryNoPriority');
}

/** The contacts of the subscribing organisation as the reader may see them (membership decides). */
function useRecipientNames(organisationId: string | undefined): ReadonlyMap<string, string> {
  const organisation = useAsync(
    async () => (organisationId === undefined ? undefined : await expectOk(api.membership.GET('/organisations/{organisationId}', { params: { path: { organisationId } } }))),
    organisationId ?? '',
  );
  const contacts = organisation.status === 'done' ? (organisation.data?.contacts ?? []) : [];
  return new Map(contacts.map((contact) => [contact.contactId, `${contact.name} <${contact.email}>`]));
}

/** The e-mail channel on a subscription's page: who gets what when, and the mail delivery log. */
export function EmailPanel({ subscription }: { subscription: Subscription }) {
  const email = subscription.channels.email;
  const names = useRecipientNames(subscription.subscriber.organisationId);
  return (
    <section aria-labelledby="email-channel">
      <h2 id="email-channel">{t('subscriptions.email.title')}</h2>
      {email === undefined ? (
        <p>
          {t('subscriptions.email.off')}{' '}
          {subscription.subscriber.kind === 'organisation' ? (
            <Link to={`/subscriptions/${subscription.subscriptionId}/edit`}>{t('subscriptions.webhook.add')}</Link>
          ) : (
            t('subscriptions.email.needsOrganisation')
          )}
        </p>
      ) : (
        <dl className="facts email-channel">
          <dt>{t('subscriptions.email.recipients')}</dt>
          <dd>
            <ul className="plain-list">
              {email.recipients.map((recipient) => (
                <li key={recipient}>{names.get(recipient) ?? t('subscriptions.mail.unknownRecipient')}</li>
              ))}
            </ul>
          </dd>
          <dt>{t('subscriptions.email.cadence')}</dt>
          <dd>{whenOf(email)}</dd>
          <dt>{t('subscriptions.email.priority')}</dt>
          <dd>{priorityOf(email)}</dd>
        </dl>
      )}
      <MailDeliveryLog subscriptionId={subscription.subscriptionId} recipientNames={names} />
    </section>
  );
}
