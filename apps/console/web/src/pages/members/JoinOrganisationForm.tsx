import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api, type MembershipSchemas } from '../../api/clients';
import type { HelixType } from '../../api/vocabulary';
import { useUser } from '../../app/session';
import { optionalTextOf, textOf } from '../../components/form-values';
import { FormError, SelectField, TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import { MembersNav } from './MembersNav';
import { OrganisationProfileFields, PROFILE_FIELDS, profileOf } from './OrganisationProfileFields';
import { useClusters } from './use-clusters';

type JoinOrganisation = MembershipSchemas['schemas']['JoinOrganisationDto'];

/** Every field this form shows; a 400 about any other (none expected) is listed above the button. */
const FIELDS = [
  'clusterId',
  ...PROFILE_FIELDS,
  'contacts.0.name',
  'contacts.0.email',
  'contacts.0.role',
  'contacts.0.phone',
];

function firstContactOf(data: FormData): JoinOrganisation['contacts'] {
  const name = textOf(data, 'contacts.0.name');
  const email = textOf(data, 'contacts.0.email');
  const role = optionalTextOf(data, 'contacts.0.role');
  const phone = optionalTextOf(data, 'contacts.0.phone');
  if (name === '' && email === '' && role === undefined && phone === undefined) return undefined;
  return [{ name, email, ...(role !== undefined && { role }), ...(phone !== undefined && { phone }) }];
}

/** POST /organisations: an organisation joins a cluster (a manager's own; the secretariat picks one). */
export function JoinOrganisationForm() {
  const user = useUser();
  const navigate = useNavigate();
  const clusters = useClusters();
  const action = useAction();
  const [helixType, setHelixType] = useState<HelixType>('company');
  const isSecretariat = user.role === 'network-admin';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const contacts = firstContactOf(data);
    const body: JoinOrganisation = {
      clusterId: isSecretariat ? textOf(data, 'clusterId') : (user.clusterId ?? ''),
      ...profileOf(data, helixType),
      ...(contacts !== undefined && { contacts }),
    };
    const result = await action.run(() => expectOk(api.membership.POST('/organisations', { body })));
    if (result.ok) await navigate(`/members/organisations/${result.value.organisationId}`);
  };

  return (
    <>
      <PageHeader title={t('members.join.title')} />
      <MembersNav />
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        {isSecretariat ? (
          <SelectField
            label={t('members.field.cluster')}
            name="clusterId"
            required
            error={action.error}
            options={[
              { value: '', label: t('members.join.chooseCluster') },
              ...(clusters.status === 'done' ? clusters.data.filter((cluster) => cluster.status === 'active').map((cluster) => ({ value: cluster.clusterId, label: cluster.name })) : []),
            ]}
          />
        ) : (
          <p>{t('members.join.intoOwnCluster', { cluster: user.clusterId ?? '' })}</p>
        )}
        <OrganisationProfileFields helixType={helixType} onHelixTypeChange={setHelixType} error={action.error} />
        <fieldset className="field">
          <legend>{t('members.join.firstContact')}</legend>
          <p className="hint">{t('members.join.firstContactHint')}</p>
          <TextField label={t('members.contact.name')} name="contacts.0.name" autoComplete="off" error={action.error} />
          <TextField label={t('members.contact.email')} name="contacts.0.email" type="email" autoComplete="off" error={action.error} />
          <TextField label={t('members.contact.role')} name="contacts.0.role" autoComplete="off" error={action.error} />
          <TextField label={t('members.contact.phone')} name="contacts.0.phone" type="tel" autoComplete="off" error={action.error} />
        </fieldset>
        <FormError error={action.error} fields={FIELDS} />
        <div>
          <button type="submit" className="primary" disabled={action.pending}>
            {t('members.join.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
