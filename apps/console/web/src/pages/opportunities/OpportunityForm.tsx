import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { textOf } from '../../components/form-values';
import { FormError, SelectField, TextArea, TextField } from '../../components/FormField';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import { useClusters } from '../members/use-clusters';
import { createBodyOf, toDateTimeLocal, updateBodyOf } from './opportunity-form-values';
import { helixTypeOptions, opportunityTypeOptions, sectorOptions, visibilityOptions, type Opportunity } from './vocabulary';

/** The most links the API takes. */
const MAX_LINKS = 20;

/** The fields this form shows: a 400 about any of them appears under it, about any other above the buttons. */
function fieldsOf(linkRows: number): string[] {
  const links = Array.from({ length: linkRows }, (_, index) => [`links.${index}.url`, `links.${index}.label`]).flat();
  return [
    'type',
    'title',
    'description',
    'originClusterId',
    'deadline',
    'visibility',
    'targetClusterIds',
    'sectors',
    'technologies',
    'targetCountries',
    'targetHelixTypes',
    'value.amount',
    'value.currency',
    ...links,
  ];
}

/**
 * Creating (POST, as a draft or published at once) and editing (PATCH) an opportunity. A published
 * opportunity's deadline is not editable here: it only moves later, through "Extend deadline", so
 * subscribers are told.
 */
export function OpportunityForm({ opportunity }: { opportunity?: Opportunity }) {
  const user = useUser();
  const navigate = useNavigate();
  const clusters = useClusters();
  const action = useAction();
  const [linkRows, setLinkRows] = useState(Math.max(1, opportunity?.links.length ?? 0));
  const editing = opportunity !== undefined;
  const deadlineEditable = !editing || opportunity.status === 'draft';
  const choosesOrigin = !editing && user.role === 'network-admin';
  const activeClusters = clusters.status === 'done' ? clusters.data.filter((cluster) => cluster.status === 'active') : [];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The button pressed says draft or publish (`intent`); FormData takes it from the submitter.
    const submitter = event.nativeEvent instanceof SubmitEvent ? event.nativeEvent.submitter : null;
    const data = new FormData(event.currentTarget, submitter);
    if (editing) {
      const body = updateBodyOf(data, linkRows, { includeDeadline: deadlineEditable });
      const result = await action.run(() => expectOk(api.opportunities.PATCH('/opportunities/{opportunityId}', { params: { path: { opportunityId: opportunity.opportunityId } }, body })));
      if (result.ok) await navigate(`/opportunities/${result.value.opportunityId}`, { state: { announcement: t('opportunities.form.saved') } });
      return;
    }
    const publish = textOf(data, 'intent') === 'publish';
    const body = createBodyOf(data, linkRows, { publish, ...(choosesOrigin && { originClusterId: textOf(data, 'originClusterId') }) });
    const result = await action.run(() => expectOk(api.opportunities.POST('/opportunities', { body })));
    if (result.ok) {
      const announcement = publish ? t('opportunities.form.published') : t('opportunities.form.draftSaved');
      await navigate(`/opportunities/${result.value.opportunityId}`, { state: { announcement } });
    }
  };

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <SelectField label={t('opportunities.field.type')} name="type" required options={opportunityTypeOptions} defaultValue={opportunity?.type} error={action.error} />
      <TextField label={t('opportunities.field.title')} name="title" required minLength={3} maxLength={200} defaultValue={opportunity?.title} error={action.error} />
      <TextArea label={t('opportunities.field.description')} name="description" required maxLength={20000} rows={8} defaultValue={opportunity?.description} error={action.error} />
      {choosesOrigin && (
        <SelectField
          label={t('opportunities.field.originCluster')}
          name="originClusterId"
          required
          hint={t('opportunities.field.originClusterHint')}
          options={[{ value: '', label: t('opportunities.form.chooseCluster') }, ...activeClusters.map((cluster) => ({ value: cluster.clusterId, label: cluster.name }))]}
          error={action.error}
        />
      )}
      {deadlineEditable ? (
        <TextField
          label={t('opportunities.field.deadline')}
          name="deadline"
          type="datetime-local"
          required
          hint={t('opportunities.field.deadlineHint')}
          defaultValue={opportunity !== undefined ? toDateTimeLocal(opportunity.deadline) : undefined}
          error={action.error}
        />
      ) : (
        <p className="hint">{t('opportunities.form.deadlineElsewhere')}</p>
      )}
      <SelectField
        label={t('opportunities.field.visibility')}
        name="visibility"
        options={visibilityOptions}
        hint={t('opportunities.field.visibilityHint')}
        defaultValue={opportunity?.visibility}
        error={action.error}
      />
      <CheckboxGroup
        legend={t('opportunities.field.targetClusters')}
        name="targetClusterIds"
        hint={t('opportunities.field.targetClustersHint')}
        options={activeClusters.map((cluster) => ({ value: cluster.clusterId, label: cluster.name }))}
        defaultValues={opportunity?.targetClusterIds}
        error={action.error}
      />
      <CheckboxGroup legend={t('opportunities.field.sectors')} name="sectors" options={sectorOptions} defaultValues={opportunity?.sectors} error={action.error} />
      <TextField
        label={t('opportunities.field.technologies')}
        name="technologies"
        hint={t('opportunities.field.technologiesHint')}
        defaultValue={opportunity?.technologies.join(', ')}
        error={action.error}
      />
      <TextField
        label={t('opportunities.field.targetCountries')}
        name="targetCountries"
        hint={t('opportunities.field.targetCountriesHint')}
        defaultValue={opportunity?.targetCountries.join(', ')}
        error={action.error}
      />
      <CheckboxGroup
        legend={t('opportunities.field.targetHelixTypes')}
        name="targetHelixTypes"
        hint={t('opportunities.field.targetHelixTypesHint')}
        options={helixTypeOptions}
        defaultValues={opportunity?.targetHelixTypes}
        error={action.error}
      />
      <fieldset className="field">
        <legend>{t('opportunities.field.value')}</legend>
        <p className="hint">{t('opportunities.field.valueHint')}</p>
        <div className="opportunity-value">
          <TextField label={t('opportunities.field.amount')} name="value.amount" type="number" min={0} step="0.01" inputMode="decimal" defaultValue={opportunity?.value?.amount} error={action.error} />
          <TextField label={t('opportunities.field.currency')} name="value.currency" maxLength={3} defaultValue={opportunity?.value?.currency ?? 'EUR'} error={action.error} />
        </div>
      </fieldset>
      <fieldset className="field">
        <legend>{t('opportunities.field.links')}</legend>
        {Array.from({ length: linkRows }, (_, index) => (
          <div key={index} className="opportunity-link-row">
            <TextField
              label={t('opportunities.field.linkUrl', { number: index + 1 })}
              name={`links.${index}.url`}
              type="url"
              defaultValue={opportunity?.links[index]?.url}
              error={action.error}
            />
            <TextField label={t('opportunities.field.linkLabel', { number: index + 1 })} name={`links.${index}.label`} defaultValue={opportunity?.links[index]?.label} error={action.error} />
          </div>
        ))}
        {linkRows < MAX_LINKS && (
          <button type="button" onClick={() => setLinkRows(linkRows + 1)}>
            {t('opportunities.form.addLink')}
          </button>
        )}
      </fieldset>
      <FormError error={action.error} fields={fieldsOf(linkRows)} />
      <div className="page-actions">
        {editing ? (
          <button type="submit" className="primary" disabled={action.pending}>
            {t('opportunities.form.save')}
          </button>
        ) : (
          <>
            <button type="submit" name="intent" value="draft" disabled={action.pending}>
              {t('opportunities.form.saveDraft')}
            </button>
            <button type="submit" name="intent" value="publish" className="primary" disabled={action.pending}>
              {t('opportunities.form.publishNow')}
            </button>
          </>
        )}
        <Link className="button" to={editing ? `/opportunities/${opportunity.opportunityId}` : '/opportunities'}>
          {t('form.cancel')}
        </Link>
      </div>
    </form>
  );
}
