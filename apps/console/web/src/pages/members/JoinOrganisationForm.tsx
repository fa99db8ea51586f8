import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api, type MembershipSchemas } from '../../api/clients';
import { COMPANY_SIZES, HELIX_TYPES, SECTORS, oneOf, type HelixType } from '../../api/vocabulary';
import { useUser } from '../../app/session';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { checkedValuesOf, commaListOf, linesOf, optionalNumberOf, optionalTextOf, textOf } from '../../components/form-values';
import { FormError, SelectField, TextArea, TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import { companySizeOptions, helixTypeOptions, sectorOptions } from './labels';
import { MembersNav } from './MembersNav';
import { useClusters } from './use-clusters';

type JoinOrganisation = MembershipSchemas['schemas']['JoinOrganisationDto'];

/** Every field this form shows; a 400 about any other (none expected) is listed above the button. */
const FIELDS = [
  'clusterId',
  'name',
  'helixType',
  'companySize',
  'country',
  'city',
  'website',
  'description',
  'sectors',
  'technologies',
  'offers',
  'needs',
  'trl',
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
    const companySize = textOf(data, 'companySize');
    const website = optionalTextOf(data, 'website');
    const city = optionalTextOf(data, 'city');
    const description = optionalTextOf(data, 'description');
    const trl = optionalNumberOf(data, 'trl');
    const contacts = firstContactOf(data);
    const body: JoinOrganisation = {
      clusterId: isSecretariat ? textOf(data, 'clusterId') : (user.clusterId ?? ''),
      name: textOf(data, 'name'),
      helixType,
      country: textOf(data, 'country'),
      sectors: checkedValuesOf(data, 'sectors').filter((sector) => oneOf(SECTORS, sector)),
      technologies: commaListOf(data, 'technologies'),
      offers: linesOf(data, 'offers'),
      needs: linesOf(data, 'needs'),
      ...(helixType === 'company' && oneOf(COMPANY_SIZES, companySize) && { companySize }),
      ...(city !== undefined && { city }),
      ...(website !== undefined && { website }),
      ...(description !== undefined && { description }),
      ...(trl !== undefined && { trl }),
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
        <TextField label={t('members.field.name')} name="name" required minLength={2} maxLength={200} autoComplete="organization" error={action.error} />
        <SelectField
          label={t('members.field.helixType')}
          name="helixType"
          required
          options={helixTypeOptions}
          value={helixType}
          onChange={(event) => oneOf(HELIX_TYPES, event.target.value) && setHelixType(event.target.value)}
          error={action.error}
        />
        {helixType === 'company' && (
          <SelectField
            label={t('members.field.companySize')}
            name="companySize"
            required
            options={[{ value: '', label: t('members.join.chooseSize') }, ...companySizeOptions]}
            hint={t('members.join.companySizeHint')}
            error={action.error}
          />
        )}
        <TextField label={t('members.field.country')} name="country" required maxLength={2} hint={t('members.field.countryHint')} autoComplete="country" error={action.error} />
        <TextField label={t('members.field.city')} name="city" maxLength={120} autoComplete="address-level2" error={action.error} />
        <TextField label={t('members.field.website')} name="website" type="url" hint={t('members.field.websiteHint')} autoComplete="url" error={action.error} />
        <TextArea label={t('members.field.description')} name="description" maxLength={4000} error={action.error} />
        <CheckboxGroup legend={t('members.field.sectors')} name="sectors" options={sectorOptions} error={action.error} />
        <TextField label={t('members.field.technologies')} name="technologies" hint={t('members.field.technologiesHint')} error={action.error} />
        <TextArea label={t('members.field.offers')} name="offers" hint={t('members.field.linesHint')} error={action.error} />
        <TextArea label={t('members.field.needs')} name="needs" hint={t('members.field.linesHint')} error={action.error} />
        <TextField label={t('members.field.trl')} name="trl" type="number" min={1} max={9} hint={t('members.field.trlHint')} error={action.error} />
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
