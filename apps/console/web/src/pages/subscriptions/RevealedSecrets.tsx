import { t } from '../../i18n/catalogue';
import { SecretReveal } from './SecretReveal';

/** The calendar feed's address as a calendar app subscribes to it: through the console's origin, with its token. */
export function calendarAddressOf(calendarPath: string): string {
  return `${window.location.origin}/api/opportunities${calendarPath}`;
}

/** What a create, edit, secret rotation or calendar switch-on answered once: the webhook secret, the calendar address. */
export function RevealedSecrets({ webhookSecret, calendarPath, level }: { webhookSecret?: string; calendarPath?: string; level: 2 | 3 }) {
  return (
    <>
      {webhookSecret !== undefined && <SecretReveal title={t('subscriptions.secret.webhookTitle')} value={webhookSecret} notice={t('subscriptions.secret.webhookNotice')} level={level} />}
      {calendarPath !== undefined && (
        <SecretReveal title={t('subscriptions.secret.calendarTitle')} value={calendarAddressOf(calendarPath)} notice={t('subscriptions.secret.calendarNotice')} level={level} />
      )}
    </>
  );
}
