import { useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { SelectField, TextField } from '../../components/FormField';
import { useAsync } from '../../components/use-async';
import { t } from '../../i18n/catalogue';

/** One page of the largest size the membership API gives: enough to choose from once narrowed. */
const CHOICES = 100;

interface InviteePickerProps {
  legend: string;
  value: string;
  onChange: (organisationId: string) => void;
  /** Organisations already in the consortium or invited, left out of the choice. */
  exclude: ReadonlySet<string>;
  error?: unknown;
}

/**
 * Choosing an active organisation of any cluster to invite. Unlike the shared OrganisationPicker
 * (which offers the organisations one may act for), a consortium's partners come from anywhere in
 * the network, and organisation profiles are network-wide, so everyone picks among all clusters.
 */
export function InviteePicker({ legend, value, onChange, exclude, error }: InviteePickerProps) {
  const [clusterId, setClusterId] = useState('');
  const [nameQuery, setNameQuery] = useState('');
  const clusters = useAsync(async () => (await expectOk(api.membership.GET('/clusters', { params: { query: { limit: CHOICES } } }))).items, 'invitee-clusters');
  const query = {
    status: 'active' as const,
    limit: CHOICES,
    ...(clusterId !== '' && { clusterId }),
    ...(nameQuery.trim() !== '' && { name: nameQuery.trim() }),
  };
  const organisations = useAsync(() => expectOk(api.membership.GET('/organisations', { params: { query } })), JSON.stringify(query));
  const found = organisations.status === 'done' ? organisations.data.items.filter((organisation) => !exclude.has(organisation.organisationId)) : [];
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      <div className="toolbar">
        <SelectField
          label={t('organisationPicker.cluster')}
          name="inviteeClusterId"
          value={clusterId}
          onChange={(event) => setClusterId(event.target.value)}
          options={[
            { value: '', label: t('organisationPicker.allClusters') },
            ...(clusters.status === 'done' ? clusters.data.map((cluster) => ({ value: cluster.clusterId, label: cluster.name })) : []),
          ]}
        />
        <TextField label={t('organisationPicker.name')} name="inviteeName" type="search" value={nameQuery} onChange={(event) => setNameQuery(event.target.value)} />
        <SelectField
          label={t('organisationPicker.organisation')}
          name="organisationId"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          error={error}
          options={[
            { value: '', label: t('organisationPicker.choose') },
            // The chosen one stays selectable while another search no longer finds it.
            ...(value !== '' && !found.some((organisation) => organisation.organisationId === value) ? [{ value, label: value }] : []),
            ...found.map((organisation) => ({ value: organisation.organisationId, label: `${organisation.name} (${organisation.clusterId}, ${organisation.country})` })),
          ]}
        />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {organisations.status === 'done' ? t('organisationPicker.found', { count: found.length }) : ''}
      </p>
    </fieldset>
  );
}
