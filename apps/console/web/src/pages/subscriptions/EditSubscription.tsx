import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useAsync } from '../../components/use-async';
import { t } from '../../i18n/catalogue';
import { RevealedSecrets } from './RevealedSecrets';
import { SubscriptionForm } from './SubscriptionForm';
import type { Subscription } from './subscription-form-values';

export function EditSubscription() {
  const { subscriptionId = '' } = useParams();
  const navigate = useNavigate();
  const subscription = useAsync(() => expectOk(api.opportunities.GET('/subscriptions/{subscriptionId}', { params: { path: { subscriptionId } } })), subscriptionId);
  // A webhook added or a calendar switched on answers its secret once: shown here before going back.
  const [revealed, setRevealed] = useState<Subscription | undefined>(undefined);

  if (subscription.status === 'loading') return <p aria-live="polite">{t('app.loading')}</p>;
  if (subscription.status === 'failed') {
    return (
      <>
        <PageHeader title={t('subscriptions.edit.title')} />
        <ErrorMessage error={subscription.error} onRetry={subscription.reload} />
      </>
    );
  }
  if (revealed !== undefined) {
    return (
      <>
        <PageHeader title={t('subscriptions.edit.saved', { name: revealed.name })} />
        <RevealedSecrets webhookSecret={revealed.webhookSecret} calendarPath={revealed.calendarPath} level={2} />
        <p>
          <Link className="button primary" to={`/subscriptions/${subscriptionId}`}>
            {t('subscriptions.new.toSubscription')}
          </Link>
        </p>
      </>
    );
  }
  const saved = (result: Subscription) => {
    if (result.webhookSecret !== undefined || result.calendarPath !== undefined) setRevealed(result);
    else void navigate(`/subscriptions/${subscriptionId}`, { state: { announcement: t('subscriptions.edit.savedShort') } });
  };
  return (
    <>
      <PageHeader title={t('subscriptions.edit.titleOf', { name: subscription.data.name })} />
      <SubscriptionForm subscription={subscription.data} onSaved={saved} />
    </>
  );
}
