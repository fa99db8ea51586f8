import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api, type MatchmakingSchemas } from '../../api/clients';
import { PASSPORT_SERVICES, oneOf } from '../../api/vocabulary';
import { useUser } from '../../app/session';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { checkedValuesOf, textOf } from '../../components/form-values';
import { FormError, SelectField, TextArea, TextField } from '../../components/FormField';
import { OrganisationPicker } from '../../components/OrganisationPicker';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import { useClusters } from '../members/use-clusters';
import { serviceOptions } from './labels';
import { PassportNav } from './PassportNav';

type SubmitApplication = MatchmakingSchemas['schemas']['SubmitPassportApplicationDto'];

const FIELDS = ['organisationId', 'hostClusterId', 'from', 'to', 'purpose', 'services', 'targetCountry'];

/** POST /passport/applications: an organisation applies to visit a host cluster (a member for itself, a manager for one of its members). */
export function ApplyForm() {
  const user = useUser();
  const navigate = useNavigate();
  const clusters = useClusters();
  const action = useAction();
  const [organisationId, setOrganisationId] = useState(user.role === 'member' ? (user.organisationId ?? '') : '');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body: SubmitApplication = {
      organisationId,
      hostClusterId: textOf(data, 'hostClusterId'),
      from: textOf(data, 'from'),
      to: textOf(data, 'to'),
      purpose: textOf(data, 'purpose'),
      services: checkedValuesOf(data, 'services').filter((service) => oneOf(PASSPORT_SERVICES, service)),
      targetCountry: textOf(data, 'targetCountry'),
    };
    const result = await action.run(() => expectOk(api.matchmaking.POST('/passport/applications', { body })));
    if (result.ok) await navigate(`/passport/applications/${result.value.applicationId}`);
  };

  /** A visit is to another cluster than one's own; the service says so too, this only keeps the list short. */
  const hosts = clusters.status === 'done' ? clusters.data.filter((cluster) => cluster.status === 'active' && (user.role === 'network-admin' || cluster.clusterId !== user.clusterId)) : [];
  return (
    <>
      <PageHeader title={t('passport.apply.title')} />
      <PassportNav />
      <p>{t('passport.apply.intro')}</p>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        {user.role !== 'member' && <OrganisationPicker legend={t('passport.apply.organisation')} value={organisationId} onChange={setOrganisationId} error={action.error} />}
        <SelectField
          label={t('passport.field.hostCluster')}
          name="hostClusterId"
          required
          options={[{ value: '', label: t('passport.apply.chooseHost') }, ...hosts.map((cluster) => ({ value: cluster.clusterId, label: `${cluster.name} (${cluster.country})` }))]}
          error={action.error}
        />
        <div className="grid-2">
          <TextField label={t('passport.field.from')} name="from" type="date" required hint={t('passport.apply.fromHint')} error={action.error} />
          <TextField label={t('passport.field.to')} name="to" type="date" required hint={t('passport.apply.toHint')} error={action.error} />
        </div>
        <TextField label={t('passport.field.targetCountry')} name="targetCountry" required maxLength={2} hint={t('passport.apply.targetCountryHint')} error={action.error} />
        <TextArea label={t('passport.field.purpose')} name="purpose" required maxLength={2000} hint={t('passport.apply.purposeHint')} error={action.error} />
        <CheckboxGroup legend={t('passport.field.services')} name="services" options={serviceOptions} hint={t('passport.apply.servicesHint')} error={action.error} />
        <FormError error={action.error} fields={FIELDS} />
        <div>
          <button type="submit" className="primary" disabled={action.pending}>
            {t('passport.apply.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
