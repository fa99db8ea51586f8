import { type FormEvent, useId } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { INTRODUCTION_PURPOSES, oneOf } from '../../api/vocabulary';
import { textOf } from '../../components/form-values';
import { FormError, SelectField, TextArea } from '../../components/FormField';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import { purposeOptions } from './labels';

interface RequestIntroductionProps {
  requesterOrganisationId: string;
  target: { organisationId: string; name: string };
  onRequested: () => void;
  onCancel: () => void;
}

/** Asks to be introduced to a matched organisation, which reads the message before deciding. */
export function RequestIntroductionForm({ requesterOrganisationId, target, onRequested, onCancel }: RequestIntroductionProps) {
  const action = useAction();
  const headingId = useId();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const purpose = textOf(data, 'purpose');
    if (!oneOf(INTRODUCTION_PURPOSES, purpose)) return;
    const body = { requesterOrganisationId, targetOrganisationId: target.organisationId, purpose, message: textOf(data, 'message') };
    const result = await action.run(() => expectOk(api.matchmaking.POST('/introductions', { body })));
    if (result.ok) onRequested();
  };
  return (
    <form className="stack" aria-labelledby={headingId} onSubmit={(event) => void submit(event)} noValidate>
      <h3 id={headingId}>{t('matchmaking.request.title', { name: target.name })}</h3>
      <SelectField label={t('matchmaking.request.purpose')} name="purpose" options={purposeOptions} error={action.error} />
      <TextArea label={t('matchmaking.request.message')} name="message" required hint={t('matchmaking.request.messageHint', { name: target.name })} error={action.error} />
      <FormError error={action.error} fields={['purpose', 'message']} />
      <div className="page-actions">
        <button type="submit" className="primary" disabled={action.pending}>
          {t('matchmaking.request.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
