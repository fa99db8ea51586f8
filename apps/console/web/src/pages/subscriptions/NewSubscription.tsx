import { useState } from 'react';
import { Link } from 'react-router';
import { useUser } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { t } from '../../i18n/catalogue';
import { RevealedSecrets } from './RevealedSecrets';
import { SubscriptionForm } from './SubscriptionForm';
import type { Subscription } from './subscription-form-values';

/**
 * A new subscription. When it has a webhook or a calendar feed, the service answers their secrets
 * once: they are shown here, before going on to the subscription, and never again.
 */
export function NewSubscription() {
  const user = useUser();
  const [created, setCreated] = useState<Subscription | undefined>(undefined);
  if (created !== undefined) {
    return (
      <>
        <PageHeader title={t('subscriptions.new.created', { name: created.name })} />
        <RevealedSecrets webhookSecret={created.webhookSecret} calendarPath={created.calendarPath} level={2} />
        <p className="page-actions">
          <Link className="button primary" to={`/subscriptions/${created.subscriptionId}`}>
            {t('subscriptions.new.toSubscription')}
          </Link>
          <Link className="button" to={`/feed?subscription=${created.subscriptionId}`}>
            {t('subscriptions.detail.openFeed')}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('subscriptions.new.title')} />
      <p>{t(`subscriptions.new.intro.${user.role}`)}</p>
      <SubscriptionForm onSaved={setCreated} />
    </>
  );
}
