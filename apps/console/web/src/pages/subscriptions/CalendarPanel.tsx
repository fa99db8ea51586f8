import { useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { FormError } from '../../components/FormField';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import { RevealedSecrets } from './RevealedSecrets';
import type { Subscription } from './subscription-form-values';

interface CalendarPanelProps {
  subscription: Subscription;
  onChanged: (announcement: string) => void;
}

const switchCalendar = (subscriptionId: string, calendar: boolean) =>
  expectOk(api.opportunities.PATCH('/subscriptions/{subscriptionId}', { params: { path: { subscriptionId } }, body: { channels: { calendar } } }));

/**
 * The iCalendar feed of the deadlines the subscription follows. Its address carries a token (the
 * credential: calendar apps send no sign-in) that the service returns only when the feed is
 * switched on and stores only hashed. So the address is shown once; a new one is had by switching
 * the feed off and on again, which also makes the old address stop working.
 */
export function CalendarPanel({ subscription, onChanged }: CalendarPanelProps) {
  const action = useAction();
  const [calendarPath, setCalendarPath] = useState<string | undefined>(undefined);
  const { subscriptionId } = subscription;

  const switchOn = async (renew: boolean) => {
    const result = await action.run(async () => {
      if (renew) await switchCalendar(subscriptionId, false);
      return switchCalendar(subscriptionId, true);
    });
    if (result.ok) {
      setCalendarPath(result.value.calendarPath);
      onChanged(renew ? t('subscriptions.calendar.renewed') : t('subscriptions.calendar.switchedOn'));
    }
  };
  const switchOff = async () => {
    const result = await action.run(() => switchCalendar(subscriptionId, false));
    if (result.ok) {
      setCalendarPath(undefined);
      onChanged(t('subscriptions.calendar.switchedOff'));
    }
  };

  return (
    <section aria-labelledby="subscription-calendar">
      <h2 id="subscription-calendar">{t('subscriptions.calendar.title')}</h2>
      {calendarPath !== undefined && <RevealedSecrets calendarPath={calendarPath} level={3} />}
      {subscription.channels.calendar ? (
        <>
          <p>{t('subscriptions.calendar.onLong')}</p>
          <div className="page-actions">
            <button type="button" disabled={action.pending} onClick={() => void switchOn(true)}>
              {t('subscriptions.calendar.renew')}
            </button>
            <button type="button" className="danger" disabled={action.pending} onClick={() => void switchOff()}>
              {t('subscriptions.calendar.switchOff')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t('subscriptions.calendar.offLong')}</p>
          <button type="button" disabled={action.pending} onClick={() => void switchOn(false)}>
            {t('subscriptions.calendar.switchOn')}
          </button>
        </>
      )}
      <FormError error={action.error} fields={[]} />
    </section>
  );
}
