import { useState } from 'react';
import { expectOk } from '../api/api-error';
import { api } from '../api/clients';
import { useUser } from '../app/session';
import { t } from '../i18n/catalogue';
import { SelectField, TextField } from './FormField';
import { useAsync } from './use-async';

/** One page of the largest size the membership API gives: enough to choose from once narrowed by name. */
const CHOICES = 100;

interface OrganisationPickerProps {
  legend: string;
  /** The chosen organisation's id ('' while none is chosen). */
  value: string;
  /** Its name, when the caller knows it (say, chosen earlier and kept in the address). */
  selectedName?: string;
  onChange: (organisationId: string) => void;
  /** The field's name in the API, for a 400 naming it. */
  name?: string;
  error?: unknown;
}

/**
 * Choosing an active member organisation to act for: a cluster manager among their own cluster's,
 * the secretariat in any cluster. Members act for their own organisation and need no picker.
 */
export function OrganisationPicker({ legend, value, selectedName, onChange, name = 'organisationId', error }: OrganisationPickerProps) {
  const user = useUser();
  const isSecretariat = user.role === 'network-admin';
  const [clusterId, setClusterId] = useState(isSecretariat ? '' : (user.clusterId ?? ''));
  const [nameQuery, setNameQuery] = useState('');
  const clusters = useAsync(
    async () => (isSecretariat ? (await expectOk(api.membership.GET('/clusters', { params: { query: { limit: CHOICES } } }))).items : []),
    `picker-clusters|${String(isSecretariat)}`,
  );
  const query = {
    status: 'active' as const,
    limit: CHOICES,
    ...(clusterId !== '' && { clusterId }),
    ...(nameQuery.trim() !== '' && { name: nameQuery.trim() }),
  };
  const organisations = useAsync(() => expectOk(api.membership.GET('/organisations', { params: { query } })), JSON.stringify(query));

  const found = organisations.status === 'done' ? organisations.data.items : [];
  const options = [
    { value: '', label: t('organisationPicker.choose') },
    ...(value !== '' && !found.some((organisation) => organisation.organisationId === value) ? [{ value, label: selectedName ?? value }] : []),
    ...found.map((organisation) => ({ value: organisation.organisationId, label: isSecretariat ? `${organisation.name} (${organisation.clusterId})` : organisation.name })),
  ];
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      <div className="toolbar">
        {isSecretariat && (
          <SelectField
            label={t('organisationPicker.cluster')}
            name="pickerClusterId"
            value={clusterId}
            onChange={(event) => setClusterId(event.target.value)}
            options={[
              { value: '', label: t('organisationPicker.allClusters') },
              ...(clusters.status === 'done' ? clusters.data.map((cluster) => ({ value: cluster.clusterId, label: cluster.name })) : []),
            ]}
          />
        )}
        <TextField label={t('organisationPicker.name')} name="pickerName" type="search" value={nameQuery} onChange={(event) => setNameQuery(event.target.value)} />
        <SelectField label={t('organisationPicker.organisation')} name={name} value={value} onChange={(event) => onChange(event.target.value)} options={options} error={error} />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {organisations.status === 'done' ? t('organisationPicker.found', { count: found.length }) : ''}
      </p>
    </fieldset>
  );
}
