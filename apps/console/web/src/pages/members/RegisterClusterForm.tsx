import type { FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api, type MembershipSchemas } from '../../api/clients';
import { CLUSTER_STATUSES, SECTORS, oneOf } from '../../api/vocabulary';
import { useUser } from '../../app/session';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { checkedValuesOf, optionalTextOf, textOf } from '../../components/form-values';
import { FormError, SelectField, TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import { clusterStatusOptions, sectorOptions } from './labels';
import { MemberCountFields } from './MemberCountFields';
import { memberCountsOf } from './member-counts';
import { MembersNav } from './MembersNav';

type RegisterCluster = MembershipSchemas['schemas']['RegisterClusterDto'];

const FIELDS = ['clusterId', 'name', 'country', 'region', 'city', 'website', 'focusSectors', 'status', 'secretariat', 'memberCounts.companies', 'memberCounts.researchInstitutions', 'memberCounts.publicAuthorities', 'memberCounts.other'];

/** POST /clusters: the secretariat registers a cluster under the slug it chooses. */
export function RegisterClusterForm() {
  const user = useUser();
  const navigate = useNavigate();
  const action = useAction();
  if (user.role !== 'network-admin') return <Navigate to="/members" replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const status = textOf(data, 'status');
    const region = optionalTextOf(data, 'region');
    const city = optionalTextOf(data, 'city');
    const website = optionalTextOf(data, 'website');
    const body: RegisterCluster = {
      clusterId: textOf(data, 'clusterId'),
      name: textOf(data, 'name'),
      country: textOf(data, 'country'),
      focusSectors: checkedValuesOf(data, 'focusSectors').filter((sector) => oneOf(SECTORS, sector)),
      memberCounts: memberCountsOf(data),
      secretariat: data.get('secretariat') === 'on',
      status: oneOf(CLUSTER_STATUSES, status) ? status : 'active',
      ...(region !== undefined && { region }),
      ...(city !== undefined && { city }),
      ...(website !== undefined && { website }),
    };
    const result = await action.run(() => expectOk(api.membership.POST('/clusters', { body })));
    if (result.ok) await navigate(`/members/clusters/${result.value.clusterId}`);
  };

  return (
    <>
      <PageHeader title={t('members.clusters.registerTitle')} />
      <MembersNav />
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <TextField label={t('members.cluster.clusterId')} name="clusterId" required hint={t('members.cluster.clusterIdHint')} autoComplete="off" error={action.error} />
        <TextField label={t('members.cluster.name')} name="name" required maxLength={120} autoComplete="organization" error={action.error} />
        <TextField label={t('members.field.country')} name="country" required maxLength={2} hint={t('members.field.countryHint')} autoComplete="country" error={action.error} />
        <TextField label={t('members.cluster.region')} name="region" maxLength={120} error={action.error} />
        <TextField label={t('members.field.city')} name="city" maxLength={120} error={action.error} />
        <TextField label={t('members.field.website')} name="website" type="url" hint={t('members.field.websiteHint')} error={action.error} />
        <CheckboxGroup legend={t('members.cluster.focusSectors')} name="focusSectors" options={sectorOptions} error={action.error} />
        <MemberCountFields error={action.error} />
        <SelectField label={t('members.field.status')} name="status" options={clusterStatusOptions} defaultValue="active" error={action.error} />
        <div className="field checkbox-field">
          <label>
            <input type="checkbox" name="secretariat" />
            {t('members.cluster.isSecretariat')}
          </label>
        </div>
        <FormError error={action.error} fields={FIELDS} />
        <div>
          <button type="submit" className="primary" disabled={action.pending}>
            {t('members.clusters.registerSubmit')}
          </button>
        </div>
      </form>
    </>
  );
}
