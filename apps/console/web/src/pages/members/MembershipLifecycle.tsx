import { type FormEvent, useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { optionalTextOf, textOf } from '../../components/form-values';
import { FormError, TextArea } from '../../components/FormField';
import { useAction } from '../../components/use-action';
import { format, t } from '../../i18n/catalogue';
import { organisationStatusLabel } from './labels';
import type { Organisation } from './OrganisationDetail';

interface LifecycleProps {
  organisation: Organisation;
  canManage: boolean;
  onChanged: (announcement: string) => void;
}

/**
 * The membership lifecycle: join → suspend ↔ reinstate → leave (final). Each action is offered in
 * the state that allows it; if the state changed meanwhile the service refuses with a 409, whose
 * reason is shown next to the action.
 */
export function MembershipLifecycle({ organisation, canManage, onChanged }: LifecycleProps) {
  const { organisationId } = organisation;
  const suspend = useAction();
  const reinstate = useAction();
  const leave = useAction();
  const [confirmingLeave, setConfirmingLeave] = useState(false);

  const submitSuspend = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const reason = textOf(new FormData(form), 'reason');
    const result = await suspend.run(() => expectOk(api.membership.POST('/organisations/{organisationId}/suspend', { params: { path: { organisationId } }, body: { reason } })));
    if (result.ok) {
      form.reset();
      onChanged(t('members.lifecycle.suspended'));
    }
  };
  const submitReinstate = async () => {
    const result = await reinstate.run(() => expectOk(api.membership.POST('/organisations/{organisationId}/reinstate', { params: { path: { organisationId } } })));
    if (result.ok) onChanged(t('members.lifecycle.reinstated'));
  };
  const submitLeave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = optionalTextOf(new FormData(event.currentTarget), 'reason');
    const result = await leave.run(() =>
      expectOk(api.membership.POST('/organisations/{organisationId}/leave', { params: { path: { organisationId } }, body: reason !== undefined ? { reason } : {} })),
    );
    if (result.ok) {
      setConfirmingLeave(false);
      onChanged(t('members.lifecycle.left'));
    }
  };

  return (
    <section aria-labelledby="membership-lifecycle">
      <h2 id="membership-lifecycle">{t('members.lifecycle.title')}</h2>
      <dl className="facts">
        <dt>{t('members.field.status')}</dt>
        <dd>{organisationStatusLabel(organisation.status)}</dd>
        {organisation.suspendedAt !== undefined && (
          <>
            <dt>{t('members.lifecycle.suspendedAt')}</dt>
            <dd>{format.dateTime(organisation.suspendedAt)}</dd>
          </>
        )}
        {organisation.suspensionReason !== undefined && (
          <>
            <dt>{t('members.lifecycle.suspensionReason')}</dt>
            <dd>{organisation.suspensionReason}</dd>
          </>
        )}
        {organisation.leftAt !== undefined && (
          <>
            <dt>{t('members.lifecycle.leftAt')}</dt>
            <dd>{format.dateTime(organisation.leftAt)}</dd>
          </>
        )}
        {organisation.leftReason !== undefined && (
          <>
            <dt>{t('members.lifecycle.leftReason')}</dt>
            <dd>{organisation.leftReason}</dd>
          </>
        )}
      </dl>
      {canManage && organisation.status === 'active' && (
        <form className="stack" onSubmit={(event) => void submitSuspend(event)} noValidate>
          <h3>{t('members.lifecycle.suspendTitle')}</h3>
          <TextArea label={t('members.lifecycle.suspendReason')} name="reason" required maxLength={500} hint={t('members.lifecycle.suspendHint')} error={suspend.error} />
          <FormError error={suspend.error} fields={['reason']} />
          <div>
            <button type="submit" className="danger" disabled={suspend.pending}>
              {t('members.lifecycle.suspend')}
            </button>
          </div>
        </form>
      )}
      {canManage && organisation.status === 'suspended' && (
        <div className="stack">
          <h3>{t('members.lifecycle.reinstateTitle')}</h3>
          <FormError error={reinstate.error} fields={[]} />
          <div>
            <button type="button" className="primary" disabled={reinstate.pending} onClick={() => void submitReinstate()}>
              {t('members.lifecycle.reinstate')}
            </button>
          </div>
        </div>
      )}
      {canManage && organisation.status !== 'left' && (
        <div className="stack">
          <h3>{t('members.lifecycle.leaveTitle')}</h3>
          <p className="hint">{t('members.lifecycle.leaveHint')}</p>
          {confirmingLeave ? (
            <form className="stack" onSubmit={(event) => void submitLeave(event)} noValidate>
              <TextArea label={t('members.lifecycle.leaveReason')} name="reason" maxLength={500} error={leave.error} />
              <FormError error={leave.error} fields={['reason']} />
              <div className="page-actions">
                <button type="submit" className="danger" disabled={leave.pending}>
                  {t('members.lifecycle.confirmLeave')}
                </button>
                <button type="button" onClick={() => setConfirmingLeave(false)}>
                  {t('form.cancel')}
                </button>
              </div>
            </form>
          ) : (
            <div>
              <button type="button" className="danger" onClick={() => setConfirmingLeave(true)}>
                {t('members.lifecycle.leave')}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
