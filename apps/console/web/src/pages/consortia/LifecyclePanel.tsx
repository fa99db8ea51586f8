import type { FormEvent } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { ErrorMessage } from '../../components/ErrorMessage';
import { optionalTextOf } from '../../components/form-values';
import { TextArea } from '../../components/FormField';
import { useAction } from '../../components/use-action';
import { format, t } from '../../i18n/catalogue';
import type { ConsortiumPartProps } from './consortium-part';
import type { Consortium } from './consortium-types';

/**
 * A transition button with its hint, and the service's refusal (a 409 says why: "cannot submit …:
 * needs a research institution; section impact is todo") right under it.
 */
function TransitionButton({ label, hint, perform, onChange, danger = false }: { label: string; hint: string; perform: () => Promise<Consortium>; onChange: (consortium: Consortium) => void; danger?: boolean }) {
  const action = useAction();
  const run = async () => {
    const result = await action.run(perform);
    if (result.ok) onChange(result.value);
  };
  return (
    <div className="consortia-action">
      <button type="button" className={danger ? 'danger' : 'primary'} disabled={action.pending} onClick={() => void run()}>
        {label}
      </button>
      <p className="hint">{hint}</p>
      {action.error !== undefined && <ErrorMessage error={action.error} />}
    </div>
  );
}

function WithdrawForm({ consortium, onChange }: Pick<ConsortiumPartProps, 'consortium' | 'onChange'>) {
  const action = useAction();
  const { consortiumId } = consortium;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = optionalTextOf(new FormData(event.currentTarget), 'reason');
    const result = await action.run(() =>
      expectOk(api.consortia.POST('/consortia/{consortiumId}/withdraw', { params: { path: { consortiumId } }, body: reason === undefined ? {} : { reason } })),
    );
    if (result.ok) onChange(result.value);
  };
  // Behind a disclosure: withdrawing is final, so it takes two deliberate steps.
  return (
    <details className="consortia-action">
      <summary>{t('consortia.lifecycle.withdrawLegend')}</summary>
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <TextArea label={t('consortia.lifecycle.withdrawReason')} name="reason" error={action.error} maxLength={2000} />
        {action.error !== undefined && <ErrorMessage error={action.error} />}
        <div>
          <button type="submit" className="danger" disabled={action.pending}>
            {t('consortia.lifecycle.withdraw')}
          </button>
        </div>
      </form>
    </details>
  );
}

/** The application's next steps for the coordinator side: start drafting, submit, withdraw. */
export function LifecyclePanel({ consortium, permissions, onChange }: ConsortiumPartProps) {
  const { consortiumId } = consortium;
  const path = { params: { path: { consortiumId } } };
  const anything = permissions.startDrafting || permissions.submit || permissions.withdraw;
  return (
    <section aria-labelledby="consortium-lifecycle">
      <h2 id="consortium-lifecycle">{t('consortia.lifecycle.title')}</h2>
      {consortium.draftingStartedAt !== undefined && consortium.status === 'drafting' && <p>{t('consortia.lifecycle.draftingSince', { date: format.date(consortium.draftingStartedAt) })}</p>}
      {consortium.submittedAt !== undefined && <p>{t('consortia.lifecycle.submittedOn', { date: format.dateTime(consortium.submittedAt) })}</p>}
      {permissions.startDrafting && (
        <TransitionButton
          label={t('consortia.lifecycle.startDrafting')}
          hint={t('consortia.lifecycle.startDraftingHint')}
          perform={() => expectOk(api.consortia.POST('/consortia/{consortiumId}/start-drafting', path))}
          onChange={onChange}
        />
      )}
      {permissions.submit && (
        <TransitionButton
          label={t('consortia.lifecycle.submit')}
          hint={t('consortia.lifecycle.submitHint')}
          perform={() => expectOk(api.consortia.POST('/consortia/{consortiumId}/submit', path))}
          onChange={onChange}
        />
      )}
      {permissions.withdraw && <WithdrawForm consortium={consortium} onChange={onChange} />}
      {!anything && <p className="meta">{t('consortia.lifecycle.nothing')}</p>}
    </section>
  );
}
