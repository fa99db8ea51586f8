import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, expectOk } from '../../api/api-error';
import { api, type NetworkSchemas } from '../../api/clients';
import { HELIX_TYPES, oneOf, SECTORS } from '../../api/vocabulary';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorMessage } from '../../components/ErrorMessage';
import { checkedValuesOf, commaListOf, optionalTextOf, textOf } from '../../components/form-values';
import { FormError, SelectField, TextArea, TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../components/use-action';
import { useAsync } from '../../components/use-async';
import { t } from '../../i18n/catalogue';
import { helixTypeOptions, sectorOptions } from '../members/labels';
import { instantOfLocal, localOfInstant } from './call-window';
import type { Partner, Programme } from './labels';
import { PartnersNav } from './PartnersNav';
import { RequirementRows, requirementsOf } from './RequirementRows';

type Definition = NetworkSchemas['schemas']['ProgrammeDefinitionDto'];

const COUNTRIES = 'eligibility.countries';

/** Registers a partner's programme (POST /programmes) or, at programmes/:programmeId/edit, replaces its definition (PUT). */
export function ProgrammeForm() {
  const { programmeId } = useParams();
  const loaded = useAsync(
    () =>
      Promise.all([
        expectOk(api.network.GET('/partners', { params: { query: { limit: 100 } } })),
        programmeId === undefined ? Promise.resolve(undefined) : expectOk(api.network.GET('/programmes/{programmeId}', { params: { path: { programmeId } } })),
      ]),
    programmeId ?? '',
  );
  if (loaded.status === 'loading') return <p aria-live="polite">{t('app.loading')}</p>;
  if (loaded.status === 'failed') {
    return (
      <>
        <PageHeader title={t('programmes.form.registerTitle')} />
        <PartnersNav />
        <ErrorMessage error={loaded.error} onRetry={loaded.reload} />
      </>
    );
  }
  const [partners, programme] = loaded.data;
  return <ProgrammeFields key={programmeId ?? 'new'} partners={partners.items} programme={programme} />;
}

function ProgrammeFields({ partners, programme }: { partners: readonly Partner[]; programme: Programme | undefined }) {
  const navigate = useNavigate();
  const action = useAction();
  const error = countriesAsOneField(action.error);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const description = optionalTextOf(data, 'description');
    const definition: Definition = {
      title: textOf(data, 'title'),
      ...(description !== undefined && { description }),
      eligibility: {
        sectors: checkedValuesOf(data, 'eligibility.sectors').filter((sector) => oneOf(SECTORS, sector)),
        helixTypes: checkedValuesOf(data, 'eligibility.helixTypes').filter((helixType) => oneOf(HELIX_TYPES, helixType)),
        countries: commaListOf(data, COUNTRIES).map((country) => country.toUpperCase()),
      },
      callWindow: { opensAt: instantOfLocal(textOf(data, 'callWindow.opensAt')), closesAt: instantOfLocal(textOf(data, 'callWindow.closesAt')) },
      requirements: requirementsOf(data),
    };
    const result = await action.run(() =>
      expectOk(
        programme === undefined
          ? api.network.POST('/programmes', { body: { ...definition, partnerId: textOf(data, 'partnerId') } })
          : api.network.PUT('/programmes/{programmeId}', { params: { path: { programmeId: programme.programmeId } }, body: definition }),
      ),
    );
    if (result.ok) await navigate(`/partners/programmes/${result.value.programmeId}`, { state: { saved: true } });
  };
  const title = programme === undefined ? t('programmes.form.registerTitle') : t('programmes.form.editTitle', { title: programme.title });
  return (
    <>
      <PageHeader title={title} />
      <PartnersNav />
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        {programme === undefined && (
          <SelectField
            label={t('partners.field.partner')}
            name="partnerId"
            required
            options={[{ value: '', label: t('programmes.form.choosePartner') }, ...partners.map((partner) => ({ value: partner.partnerId, label: partner.name }))]}
            error={error}
          />
        )}
        <TextField label={t('partners.field.title')} name="title" required maxLength={200} defaultValue={programme?.title} error={error} />
        <TextArea label={t('partners.field.description')} name="description" maxLength={4000} defaultValue={programme?.description} error={error} />
        <CheckboxGroup
          legend={t('partners.field.sectors')}
          name="eligibility.sectors"
          options={sectorOptions}
          defaultValues={programme?.eligibility.sectors}
          hint={t('programmes.form.sectorsHint')}
          error={error}
        />
        <CheckboxGroup
          legend={t('partners.field.helixTypes')}
          name="eligibility.helixTypes"
          options={helixTypeOptions}
          defaultValues={programme?.eligibility.helixTypes}
          hint={t('programmes.form.helixTypesHint')}
          error={error}
        />
        <TextField label={t('partners.field.countries')} name={COUNTRIES} hint={t('programmes.form.countriesHint')} defaultValue={programme?.eligibility.countries.join(', ')} error={error} />
        <p className="hint">{t('programmes.form.windowHint')}</p>
        <div className="grid-2">
          <TextField
            label={t('partners.field.opensAt')}
            name="callWindow.opensAt"
            type="datetime-local"
            required
            defaultValue={programme === undefined ? undefined : localOfInstant(programme.callWindow.opensAt)}
            error={error}
          />
          <TextField
            label={t('partners.field.closesAt')}
            name="callWindow.closesAt"
            type="datetime-local"
            required
            defaultValue={programme === undefined ? undefined : localOfInstant(programme.callWindow.closesAt)}
            error={error}
          />
        </div>
        <RequirementRows initial={programme?.requirements ?? []} error={error} />
        <FormError error={error} fields={fieldsOnScreen(error)} />
        <div className="page-actions">
          <button type="submit" className="primary" disabled={action.pending}>
            {programme === undefined ? t('programmes.form.register') : t('programmes.form.save')}
          </button>
          <Link to={programme === undefined ? '/partners' : `/partners/programmes/${programme.programmeId}`}>{t('form.cancel')}</Link>
        </div>
      </form>
    </>
  );
}

/** The countries are one comma-separated input: a 400 about one of them (`eligibility.countries.1`) shows under it. */
function countriesAsOneField(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  return new ApiError(
    error.status,
    error.message,
    error.details.map((issue) => (issue.field.startsWith(`${COUNTRIES}.`) ? { ...issue, field: COUNTRIES } : issue)),
  );
}

/** Every field a 400 can name that has an input on this form (the requirement rows' included), so the summary lists only the rest. */
function fieldsOnScreen(error: unknown): string[] {
  const fixed = ['partnerId', 'title', 'description', COUNTRIES, 'callWindow.opensAt', 'callWindow.closesAt', 'requirements', 'eligibility.sectors', 'eligibility.helixTypes'];
  const listed = error instanceof ApiError ? error.details.map((issue) => issue.field).filter((field) => /^requirements\.\d+\.(key|title|description)$/.test(field) || /^eligibility\.(sectors|helixTypes)\./.test(field)) : [];
  return [...fixed, ...listed];
}
