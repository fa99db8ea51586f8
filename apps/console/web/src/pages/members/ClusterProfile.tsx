import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api, type MembershipSchemas } from '../../api/clients';
import { CLUSTER_STATUSES, SECTORS, oneOf } from '../../api/vocabulary';
import { useUser } from '../../app/session';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorMessage } from '../../components/ErrorMessage';
import { checkedValuesOf, optionalTextOf, textOf } from '../../components/form-values';
import { FormError, SelectField, TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useAction } from '../../components/use-action';
import { useAsync } from '../../components/use-async';
import { format, t } from '../../i18n/catalogue';
import { clusterStatusLabel, clusterStatusOptions, sectorLabel, sectorOptions } from './labels';
import { MemberCountFields } from './MemberCountFields';
import { MEMBER_COUNT_KEYS, memberCountsOf } from './member-counts';
import { MembersNav } from './MembersNav';

type Cluster = MembershipSchemas['schemas']['ClusterResponse'];
type UpdateCluster = MembershipSchemas['schemas']['UpdateClusterDto'];

const EDIT_FIELDS = ['name', 'country', 'region', 'city', 'website', 'status', 'secretariat', 'focusSectors', ...MEMBER_COUNT_KEYS.map((key) => `memberCounts.${key}`)];

/** A cluster's profile; the secretariat edits it (PATCH /clusters/:id is theirs alone). */
export function ClusterProfile() {
  const { clusterId = '' } = useParams();
  const user = useUser();
  const cluster = useAsync(() => expectOk(api.membership.GET('/clusters/{clusterId}', { params: { path: { clusterId } } })), clusterId);
  const [announcement, setAnnouncement] = useState('');

  if (cluster.status === 'loading') return <p aria-live="polite">{t('app.loading')}</p>;
  if (cluster.status === 'failed') {
    return (
      <>
        <PageHeader title={t('members.cluster.unavailable')} />
        <MembersNav />
        <ErrorMessage error={cluster.error} onRetry={cluster.reload} />
      </>
    );
  }
  const current = cluster.data;
  const organisationsLink = user.role === 'network-admin' ? `/members?cluster=${encodeURIComponent(current.clusterId)}` : '/members';
  return (
    <>
      <PageHeader title={current.name}>
        <StatusBadge status={current.status} label={clusterStatusLabel(current.status)} />
      </PageHeader>
      <MembersNav />
      <p aria-live="polite" className={announcement === '' ? 'visually-hidden' : 'notice'}>
        {announcement}
      </p>
      <section aria-labelledby="cluster-profile">
        <h2 id="cluster-profile">{t('members.cluster.profileTitle')}</h2>
        <dl className="facts">
          <dt>{t('members.cluster.clusterId')}</dt>
          <dd>{current.clusterId}</dd>
          <dt>{t('members.field.location')}</dt>
          <dd>{[current.city, current.region, current.country].filter((part) => part !== undefined).join(', ')}</dd>
          {current.website !== undefined && (
            <>
              <dt>{t('members.field.website')}</dt>
              <dd>
                <a href={current.website} rel="noopener noreferrer">
                  {current.website}
                </a>
              </dd>
            </>
          )}
          <dt>{t('members.cluster.focusSectors')}</dt>
          <dd>{current.focusSectors.length === 0 ? t('members.profile.none') : current.focusSectors.map(sectorLabel).join(', ')}</dd>
          <dt>{t('members.cluster.memberCounts')}</dt>
          <dd>
            <ul className="plain-list">
              {MEMBER_COUNT_KEYS.map((key) => (
                <li key={key}>
                  {t(`members.cluster.count.${key}`)}: {format.number(current.memberCounts[key])}
                </li>
              ))}
            </ul>
          </dd>
          {current.secretariat && (
            <>
              <dt>{t('members.cluster.role')}</dt>
              <dd>{t('members.cluster.secretariat')}</dd>
            </>
          )}
          <dt>{t('members.cluster.registeredAt')}</dt>
          <dd>{format.date(current.registeredAt)}</dd>
        </dl>
        <p>
          <Link to={organisationsLink}>{t('members.cluster.organisations')}</Link>
        </p>
      </section>
      {user.role === 'network-admin' && (
        <ClusterEditForm
          cluster={current}
          onSaved={() => {
            setAnnouncement(t('members.cluster.saved'));
            cluster.reload();
          }}
        />
      )}
    </>
  );
}

/** PATCH /clusters/:id with every field; an emptied region, city or website is sent as null (cleared). */
function ClusterEditForm({ cluster, onSaved }: { cluster: Cluster; onSaved: () => void }) {
  const action = useAction();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const status = textOf(data, 'status');
    const body: UpdateCluster = {
      name: textOf(data, 'name'),
      country: textOf(data, 'country'),
      region: optionalTextOf(data, 'region') ?? null,
      city: optionalTextOf(data, 'city') ?? null,
      website: optionalTextOf(data, 'website') ?? null,
      focusSectors: checkedValuesOf(data, 'focusSectors').filter((sector) => oneOf(SECTORS, sector)),
      memberCounts: memberCountsOf(data),
      secretariat: data.get('secretariat') === 'on',
      ...(oneOf(CLUSTER_STATUSES, status) && { status }),
    };
    const result = await action.run(() => expectOk(api.membership.PATCH('/clusters/{clusterId}', { params: { path: { clusterId: cluster.clusterId } }, body })));
    if (result.ok) onSaved();
  };
  return (
    <section aria-labelledby="cluster-edit">
      <h2 id="cluster-edit">{t('members.cluster.editTitle')}</h2>
      <form key={cluster.version} className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <TextField label={t('members.cluster.name')} name="name" required maxLength={120} defaultValue={cluster.name} error={action.error} />
        <TextField label={t('members.field.country')} name="country" required maxLength={2} hint={t('members.field.countryHint')} defaultValue={cluster.country} error={action.error} />
        <TextField label={t('members.cluster.region')} name="region" maxLength={120} defaultValue={cluster.region ?? ''} error={action.error} />
        <TextField label={t('members.field.city')} name="city" maxLength={120} defaultValue={cluster.city ?? ''} error={action.error} />
        <TextField label={t('members.field.website')} name="website" type="url" hint={t('members.field.websiteHint')} defaultValue={cluster.website ?? ''} error={action.error} />
        <CheckboxGroup legend={t('members.cluster.focusSectors')} name="focusSectors" options={sectorOptions} defaultValues={cluster.focusSectors} error={action.error} />
        <MemberCountFields defaults={cluster.memberCounts} error={action.error} />
        <SelectField label={t('members.field.status')} name="status" options={clusterStatusOptions} defaultValue={cluster.status} hint={t('members.cluster.statusHint')} error={action.error} />
        <div className="field checkbox-field">
          <label>
            <input type="checkbox" name="secretariat" defaultChecked={cluster.secretariat} />
            {t('members.cluster.isSecretariat')}
          </label>
        </div>
        <FormError error={action.error} fields={EDIT_FIELDS} />
        <div>
          <button type="submit" className="primary" disabled={action.pending}>
            {t('members.cluster.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
