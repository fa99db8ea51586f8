import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { optionalTextOf, textOf } from '../../components/form-values';
import { FormError, TextArea, TextField } from '../../components/FormField';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import { fromDateTimeLocal, toDateTimeLocal } from './opportunity-form-values';
import { actionsInState } from './permissions';
import type { Opportunity } from './vocabulary';

interface LifecycleProps {
  opportunity: Opportunity;
  /** After a change: what to announce; the page then reloads the opportunity. */
  onChanged: (announcement: string) => void;
}

/** A reason for closing or cancelling: optional, for the people who were interested. */
function EndForm({ verb, opportunity, onChanged }: LifecycleProps & { verb: 'close' | 'cancel' }) {
  const action = useAction();
  const { opportunityId } = opportunity;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = optionalTextOf(new FormData(event.currentTarget), 'reason');
    const body = reason !== undefined ? { reason } : {};
    const path = { params: { path: { opportunityId } }, body };
    const result = await action.run(() =>
      expectOk(verb === 'close' ? api.opportunities.POST('/opportunities/{opportunityId}/close', path) : api.opportunities.POST('/opportunities/{opportunityId}/cancel', path)),
    );
    if (result.ok) onChanged(verb === 'close' ? t('opportunities.lifecycle.closed') : t('opportunities.lifecycle.cancelled'));
  };
  return (
    <form className="stack lifecycle-action" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{verb === 'close' ? t('opportunities.lifecycle.closeTitle') : t('opportunities.lifecycle.cancelTitle')}</h3>
      <p className="hint">{verb === 'close' ? t('opportunities.lifecycle.closeHint') : t('opportunities.lifecycle.cancelHint')}</p>
      <TextArea label={verb === 'close' ? t('opportunities.lifecycle.closeReason') : t('opportunities.lifecycle.cancelReason')} name="reason" maxLength={500} rows={2} error={action.error} />
      <FormError error={action.error} fields={['reason']} />
      <div>
        <button type="submit" className="danger" disabled={action.pending}>
          {verb === 'close' ? t('opportunities.lifecycle.close') : t('opportunities.lifecycle.cancel')}
        </button>
      </div>
    </form>
  );
}

function ExtendDeadlineForm({ opportunity, onChanged }: LifecycleProps) {
  const action = useAction();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const deadline = fromDateTimeLocal(textOf(new FormData(event.currentTarget), 'deadline'));
    const result = await action.run(() =>
      expectOk(api.opportunities.POST('/opportunities/{opportunityId}/extend-deadline', { params: { path: { opportunityId: opportunity.opportunityId } }, body: { deadline } })),
    );
    if (result.ok) onChanged(t('opportunities.lifecycle.extended'));
  };
  return (
    <form className="stack lifecycle-action" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('opportunities.lifecycle.extendTitle')}</h3>
      <TextField
        label={t('opportunities.lifecycle.newDeadline')}
        name="deadline"
        type="datetime-local"
        required
        min={toDateTimeLocal(opportunity.deadline)}
        hint={t('opportunities.lifecycle.newDeadlineHint')}
        error={action.error}
      />
      <FormError error={action.error} fields={['deadline']} />
      <div>
        <button type="submit" disabled={action.pending}>
          {t('opportunities.lifecycle.extend')}
        </button>
      </div>
    </form>
  );
}

/** A draft goes out to the subscribers. */
function PublishAction({ opportunity, onChanged }: LifecycleProps) {
  const action = useAction();
  const publish = async () => {
    const result = await action.run(() => expectOk(api.opportunities.POST('/opportunities/{opportunityId}/publish', { params: { path: { opportunityId: opportunity.opportunityId } } })));
    if (result.ok) onChanged(t('opportunities.lifecycle.published'));
  };
  return (
    <div className="lifecycle-action">
      <h3>{t('opportunities.lifecycle.publishTitle')}</h3>
      <p className="hint">{t('opportunities.lifecycle.publishHint')}</p>
      <button type="button" className="primary" disabled={action.pending} onClick={() => void publish()}>
        {t('opportunities.lifecycle.publish')}
      </button>
      <FormError error={action.error} fields={[]} />
    </div>
  );
}

/** A draft never left the service: discarding removes it, after a confirmation. */
function DiscardAction({ opportunity }: Pick<LifecycleProps, 'opportunity'>) {
  const action = useAction();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const discard = async () => {
    const result = await action.run(() => expectOk(api.opportunities.DELETE('/opportunities/{opportunityId}', { params: { path: { opportunityId: opportunity.opportunityId } } })));
    if (result.ok) await navigate('/opportunities', { state: { announcement: t('opportunities.lifecycle.discarded') } });
  };
  return (
    <div className="lifecycle-action">
      <h3>{t('opportunities.lifecycle.discardTitle')}</h3>
      {confirming ? (
        <div role="group" aria-label={t('opportunities.lifecycle.discardConfirm')}>
          <p>{t('opportunities.lifecycle.discardConfirm')}</p>
          <div className="page-actions">
            <button type="button" className="danger" disabled={action.pending} onClick={() => void discard()}>
              {t('opportunities.lifecycle.discardYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('form.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('opportunities.lifecycle.discard')}
        </button>
      )}
      <FormError error={action.error} fields={[]} />
    </div>
  );
}

/**
 * The actions the opportunity's state allows (the page shows this only to those who may manage
 * it). If the state changed meanwhile, the service's 409 says why, next to the action refused.
 */
export function OpportunityLifecycle({ opportunity, onChanged }: LifecycleProps) {
  const actions = actionsInState(opportunity.status);
  if (actions.length === 0) return null;
  return (
    <section aria-labelledby="opportunity-lifecycle" className="opportunity-lifecycle">
      <h2 id="opportunity-lifecycle">{t('opportunities.lifecycle.title')}</h2>
      {actions.includes('edit') && (
        <p>
          <Link className="button" to={`/opportunities/${opportunity.opportunityId}/edit`}>
            {opportunity.status === 'draft' ? t('opportunities.lifecycle.editDraft') : t('opportunities.lifecycle.edit')}
          </Link>
        </p>
      )}
      <div className="grid-2">
        {actions.includes('publish') && <PublishAction opportunity={opportunity} onChanged={onChanged} />}
        {actions.includes('discard') && <DiscardAction opportunity={opportunity} />}
        {actions.includes('extend-deadline') && <ExtendDeadlineForm opportunity={opportunity} onChanged={onChanged} />}
        {actions.includes('close') && <EndForm verb="close" opportunity={opportunity} onChanged={onChanged} />}
        {actions.includes('cancel') && <EndForm verb="cancel" opportunity={opportunity} onChanged={onChanged} />}
      </div>
    </section>
  );
}
