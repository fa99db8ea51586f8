import { useState } from 'react';
import { useNavigate } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { FormError } from '../../components/FormField';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';

/** Unsubscribing, after a confirmation: the feed, webhook and calendar of the subscription end. */
export function DeleteSubscription({ subscriptionId }: { subscriptionId: string }) {
  const action = useAction();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const remove = async () => {
    const result = await action.run(() => expectOk(api.opportunities.DELETE('/subscriptions/{subscriptionId}', { params: { path: { subscriptionId } } })));
    if (result.ok) await navigate('/subscriptions', { state: { announcement: t('subscriptions.delete.done') } });
  };
  return (
    <section aria-labelledby="subscription-delete">
      <h2 id="subscription-delete">{t('subscriptions.delete.title')}</h2>
      {confirming ? (
        <div role="group" aria-label={t('subscriptions.delete.confirm')}>
          <p>{t('subscriptions.delete.confirm')}</p>
          <div className="page-actions">
            <button type="button" className="danger" disabled={action.pending} onClick={() => void remove()}>
              {t('subscriptions.delete.yes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('form.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('subscriptions.delete.button')}
        </button>
      )}
      <FormError error={action.error} fields={[]} />
    </section>
  );
}
