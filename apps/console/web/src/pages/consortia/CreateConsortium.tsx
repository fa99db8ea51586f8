import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { HELIX_TYPES, oneOf } from '../../api/vocabulary';
import { useUser } from '../../app/session';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorMessage } from '../../components/ErrorMessage';
import { checkedValuesOf, optionalNumberOf, optionalTextOf, textOf } from '../../components/form-values';
import { FormError, SelectField, TextField } from '../../components/FormField';
import { OrganisationPicker } from '../../components/OrganisationPicker';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../components/use-action';
import { useAsync } from '../../components/use-async';
import { format, t } from '../../i18n/catalogue';
import { helixTypeOptions } from '../members/labels';
import { ConsortiaNav } from './ConsortiaNav';
import type { CreateConsortiumBody } from './consortium-types';

/** Every field of the form by its API name, so a 400 naming one shows under it and FormError lists only the others. */
const FIELDS = [
  'title',
  'leadOrganisationId',
  'opportunityId',
  'programme',
  'call',
  'call.programme',
  'call.topic',
  'call.deadline',
  'call.budgetEur',
  'rules.minPartners',
  'rules.maxPartners',
  'rules.minCountries',
  'rules.requiredHelixTypes',
  'rules.minSmeSharePercent',
] as const;

/** The most funding calls offered to choose from: the soonest-closing first, as the service orders them. */
const FUNDING_CALL_CHOICES = 100;

type CallSource = 'opportunity' | 'manual';

/** A `datetime-local` value (the person's own time zone) as the instant the API wants; empty stays empty for the service to name. */
function instantOf(local: string): string {
  const at = new Date(local);
  return local === '' || Number.isNaN(at.getTime()) ? local : at.toISOString();
}

/** The member's own organisation, by name: members lead for their organisation only. */
function OwnOrganisation({ organisationId }: { organisationId: string }) {
  const organisation = useAsync(() => expectOk(api.membership.GET('/organisations/{organisationId}', { params: { path: { organisationId } } })), organisationId);
  return <p>{t('consortia.create.ownOrganisation', { name: organisation.status === 'done' ? organisation.data.name : organisationId })}</p>;
}

/** Forms a consortium around a published funding call (consortia's read model) or a call entered by hand. */
export function CreateConsortium() {
  const user = useUser();
  const navigate = useNavigate();
  const action = useAction();
  const [source, setSource] = useState<CallSource>('opportunity');
  const [lead, setLead] = useState(user.role === 'member' ? (user.organisationId ?? '') : '');
  const calls = useAsync(() => expectOk(api.consortia.GET('/funding-calls', { params: { query: { limit: FUNDING_CALL_CHOICES } } })), 'funding-calls');
  const openCalls = calls.status === 'done' ? calls.data.items : [];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const helixTypes = checkedValuesOf(data, 'rules.requiredHelixTypes').filter((value) => oneOf(HELIX_TYPES, value));
    const maxPartners = optionalNumberOf(data, 'rules.maxPartners');
    const programme = optionalTextOf(data, source === 'opportunity' ? 'programme' : 'call.programme');
    const budgetEur = optionalNumberOf(data, 'call.budgetEur');
    const body: CreateConsortiumBody = {
      title: textOf(data, 'title'),
      leadOrganisationId: lead,
      rules: {
        // A required number left empty goes as null, which the service refuses naming the field.
        minPartners: optionalNumberOf(data, 'rules.minPartners') ?? Number.NaN,
        ...(maxPartners !== undefined && { maxPartners }),
        minCountries: optionalNumberOf(data, 'rules.minCountries') ?? Number.NaN,
        requiredHelixTypes: helixTypes,
        minSmeSharePercent: optionalNumberOf(data, 'rules.minSmeSharePercent') ?? Number.NaN,
      },
      ...(source === 'opportunity'
        ? { opportunityId: textOf(data, 'opportunityId'), ...(programme !== undefined && { programme }) }
        : {
            call: {
              programme: programme ?? '',
              topic: textOf(data, 'call.topic'),
              deadline: instantOf(textOf(data, 'call.deadline')),
              ...(budgetEur !== undefined && { budgetEur }),
            },
          }),
    };
    const created = await action.run(() => expectOk(api.consortia.POST('/consortia', { body })));
    if (created.ok) void navigate(`/consortia/${created.value.consortiumId}`);
  };

  return (
    <>
      <PageHeader title={t('consortia.create.title')} />
      <ConsortiaNav />
      <p>{t('consortia.create.intro')}</p>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <TextField label={t('consortia.create.projectTitle')} name="title" hint={t('consortia.create.projectTitleHint')} error={action.error} required maxLength={200} />
        {user.role === 'member' ? (
          <OwnOrganisation organisationId={lead} />
        ) : (
          <OrganisationPicker legend={t('consortia.create.lead')} value={lead} onChange={setLead} name="leadOrganisationId" error={action.error} />
        )}

        <fieldset className="field">
          <legend>{t('consortia.create.callLegend')}</legend>
          <div className="checkbox-options">
            {(['opportunity', 'manual'] as const).map((value) => (
              <label key={value}>
                <input type="radio" name="callSource" value={value} checked={source === value} onChange={() => setSource(value)} />
                {t(`consortia.create.callSource.${value}`)}
              </label>
            ))}
          </div>
          {source === 'opportunity' ? (
            <>
              {calls.status === 'failed' && <ErrorMessage error={calls.error} onRetry={calls.reload} />}
              {calls.status === 'done' && openCalls.length === 0 && <p className="notice">{t('consortia.create.noFundingCalls')}</p>}
              <SelectField
                label={t('consortia.create.fundingCall')}
                name="opportunityId"
                error={action.error}
                required
                options={[
                  { value: '', label: t('consortia.create.chooseFundingCall') },
                  ...openCalls.map((call) => ({ value: call.opportunityId, label: t('consortia.create.fundingCallOption', { title: call.title, deadline: format.date(call.deadline) }) })),
                ]}
              />
              <TextField label={t('consortia.create.programme')} name="programme" hint={t('consortia.create.programmeOptionalHint')} error={action.error} maxLength={200} />
            </>
          ) : (
            <>
              <TextField label={t('consortia.create.programme')} name="call.programme" hint={t('consortia.create.programmeHint')} error={action.error} required maxLength={200} />
              <TextField label={t('consortia.create.topic')} name="call.topic" error={action.error} required maxLength={500} />
              <TextField label={t('consortia.create.deadline')} name="call.deadline" type="datetime-local" error={action.error} required />
              <TextField label={t('consortia.create.budget')} name="call.budgetEur" type="number" min={0} step="0.01" inputMode="decimal" error={action.error} />
            </>
          )}
        </fieldset>

        <fieldset className="field">
          <legend>{t('consortia.create.rulesLegend')}</legend>
          <p className="hint">{t('consortia.create.rulesHint')}</p>
          <div className="grid-2">
            <TextField label={t('consortia.create.minPartners')} name="rules.minPartners" type="number" min={1} max={100} step={1} defaultValue={3} error={action.error} required />
            <TextField label={t('consortia.create.maxPartners')} name="rules.maxPartners" type="number" min={1} max={100} step={1} error={action.error} />
            <TextField label={t('consortia.create.minCountries')} name="rules.minCountries" type="number" min={1} max={100} step={1} defaultValue={2} error={action.error} required />
            <TextField label={t('consortia.create.minSmeShare')} name="rules.minSmeSharePercent" type="number" min={0} max={100} step="0.01" defaultValue={0} error={action.error} required />
          </div>
          <CheckboxGroup legend={t('consortia.create.requiredHelixTypes')} name="rules.requiredHelixTypes" options={helixTypeOptions} error={action.error} />
        </fieldset>

        <FormError error={action.error} fields={FIELDS} />
        <div>
          <button type="submit" className="primary" disabled={action.pending}>
            {t('consortia.create.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
