import { useState } from 'react';
import { Link } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { FormError } from '../../components/FormField';
import { StatusBadge } from '../../components/StatusBadge';
import { useAction } from '../../components/use-action';
import { format, t } from '../../i18n/catalogue';
import { DeliveryLog } from './DeliveryLog';
import { RevealedSecrets } from './RevealedSecrets';
import type { Subscription } from './subscription-form-values';

interface WebhookPanelProps {
  subscription: Subscription;
  onChanged: (announcement: string) => void;
}

/** Re-enabling a webhook the service disabled after persistent failures; waiting deliveries resume. */
function ReEnable({ subscription, onChanged }: WebhookPanelProps) {
  const action = useAction();
  const enable = async () => {
    const result = await action.run(() => expectOk(api.opportunities.POST('/subscriptions/{subscriptionId}/webhook/enable', { params: { path: { subscriptionId: subscription.subscriptionId } } })));
    if (result.ok) onChanged(t('subscriptions.webhook.enabled'));
  };
  return (
    <div className="lifecycle-action">
      <button type="button" className="primary" disabled={action.pending} onClick={() => void enable()}>
        {t('subscriptions.webhook.enable')}
      </button>
      <FormError error={action.error} fields={[]} />
    </div>
  );
}

/** A new signing secret, after a confirmation (the old one stops working at once); shown once. */
function RotateSecret({ subscription, onChanged }: WebhookPanelProps) {
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const [secret, setSecret] = useState<string | undefined>(undefined);
  const rotate = async () => {
    const result = await action.run(() =>
      expectOk(api.opportunities.POST('/subscriptions/{subscriptionId}/webhook/rotate-secret', { params: { path: { subscriptionId: subscription.subscriptionId } } })),
    );
    setConfirming(false);
    if (result.ok) {
      setSecret(result.value.webhookSecret);
      onChanged(t('subscriptions.webhook.rotated'));
    }
  };
  return (
    <div className="lifecycle-action">
      {secret !== undefined && <RevealedSecrets webhookSecret={secret} level={3} />}
      {confirming ? (
        <div role="group" aria-label={t('subscriptions.webhook.rotateConfirm')}>
          <p>{t('subscriptions.webhook.rotateConfirm')}</p>
          <div className="page-actions">
            <button type="button" className="danger" disabled={action.pending} onClick={() => void rotate()}>
              {t('subscriptions.webhook.rotateYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('form.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('subscriptions.webhook.rotate')}
        </button>
      )}
      <FormError error={action.error} fields={[]} />
    </div>
  );
}

/** The webhook channel: where it points, whether it is on, its secret and its delivery log. */
export function WebhookPanel({ subscription, onChanged }: WebhookPanelProps) {
  const webhook = subscription.channels.webhook;
  return (
    <section aria-labelledby="subscription-webhook">
      <h2 id="subscription-webhook">{t('subscriptions.webhook.title')}</h2>
      {webhook === undefined ? (
        <p>
          {t('subscriptions.webhook.noneLong')} <Link to={`/subscriptions/${subscription.subscriptionId}/edit`}>{t('subscriptions.webhook.add')}</Link>
        </p>
      ) : (
        <>
          <dl className="facts">
            <dt>{t('subscriptions.field.webhookUrl')}</dt>
            <dd className="subscription-url">{webhook.url}</dd>
            <dt>{t('subscriptions.webhook.statusLabel')}</dt>
            <dd>
              <StatusBadge status={webhook.status === 'enabled' ? 'active' : 'disabled'} label={t(`subscriptions.webhook.status.${webhook.status}`)} />
              {webhook.disabledAt !== undefined && ` ${t('subscriptions.webhook.disabledAt', { at: format.dateTime(webhook.disabledAt) })}`}
              {webhook.disabledReason !== undefined && ` ${t('subscriptions.webhook.disabledReason', { reason: webhook.disabledReason })}`}
            </dd>
          </dl>
          {webhook.status === 'disabled' && <ReEnable subscription={subscription} onChanged={onChanged} />}
          <RotateSecret subscription={subscription} onChanged={onChanged} />
          <DeliveryLog subscriptionId={subscription.subscriptionId} />
        </>
      )}
    </section>
  );
}
