import type { MembershipSchemas } from '../../api/clients';
import { COMPANY_SIZES, HELIX_TYPES, SECTORS, oneOf, type HelixType } from '../../api/vocabulary';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { checkedValuesOf, commaListOf, linesOf, optionalNumberOf, optionalTextOf, textOf } from '../../components/form-values';
import { SelectField, TextArea, TextField } from '../../components/FormField';
import { t } from '../../i18n/catalogue';
import { companySizeOptions, helixTypeOptions, sectorOptions } from './labels';

type JoinOrganisation = MembershipSchemas['schemas']['JoinOrganisationDto'];
type Organisation = MembershipSchemas['schemas']['OrganisationResponse'];
type UpdateOrganisation = MembershipSchemas['schemas']['UpdateOrganisationDto'];

/** The profile as both forms send it: what joining takes, less the cluster and the contacts. */
export type ProfileInput = Omit<JoinOrganisation, 'clusterId' | 'contacts'>;

/** The API field names the profile fields show their 400s under. */
export const PROFILE_FIELDS = ['name', 'helixType', 'companySize', 'country', 'city', 'website', 'description', 'sectors', 'technologies', 'offers', 'needs', 'trl'];

interface ProfileFieldsProps {
  helixType: HelixType;
  onHelixTypeChange: (helixType: HelixType) => void;
  /** The stored profile when editing; nothing when joining. */
  defaults?: Organisation;
  error: unknown;
}

/** An organisation's profile fields, shared by joining and editing so both ask the same way. */
export function OrganisationProfileFields({ helixType, onHelixTypeChange, defaults, error }: ProfileFieldsProps) {
  return (
    <>
      <TextField label={t('members.field.name')} name="name" required minLength={2} maxLength={200} autoComplete="organization" defaultValue={defaults?.name} error={error} />
      <SelectField
        label={t('members.field.helixType')}
        name="helixType"
        required
        options={helixTypeOptions}
        value={helixType}
        onChange={(event) => oneOf(HELIX_TYPES, event.target.value) && onHelixTypeChange(event.target.value)}
        error={error}
      />
      {helixType === 'company' && (
        <SelectField
          label={t('members.field.companySize')}
          name="companySize"
          required
          options={[{ value: '', label: t('members.join.chooseSize') }, ...companySizeOptions]}
          hint={t('members.join.companySizeHint')}
          defaultValue={defaults?.companySize ?? ''}
          error={error}
        />
      )}
      <TextField label={t('members.field.country')} name="country" required maxLength={2} hint={t('members.field.countryHint')} autoComplete="country" defaultValue={defaults?.country} error={error} />
      <TextField label={t('members.field.city')} name="city" maxLength={120} autoComplete="address-level2" defaultValue={defaults?.city} error={error} />
      <TextField label={t('members.field.website')} name="website" type="url" hint={t('members.field.websiteHint')} autoComplete="url" defaultValue={defaults?.website} error={error} />
      <TextArea label={t('members.field.description')} name="description" maxLength={4000} defaultValue={defaults?.description} error={error} />
      <CheckboxGroup legend={t('members.field.sectors')} name="sectors" options={sectorOptions} defaultValues={defaults?.sectors} error={error} />
      <TextField label={t('members.field.technologies')} name="technologies" hint={t('members.field.technologiesHint')} defaultValue={defaults?.technologies.join(', ')} error={error} />
      <TextArea label={t('members.field.offers')} name="offers" hint={t('members.field.linesHint')} defaultValue={defaults?.offers.join('\n')} error={error} />
      <TextArea label={t('members.field.needs')} name="needs" hint={t('members.field.linesHint')} defaultValue={defaults?.needs.join('\n')} error={error} />
      <TextField label={t('members.field.trl')} name="trl" type="number" min={1} max={9} hint={t('members.field.trlHint')} defaultValue={defaults?.trl} error={error} />
    </>
  );
}

/** The submitted profile fields; empty optional fields are left out. */
export function profileOf(data: FormData, helixType: HelixType): ProfileInput {
  const companySize = textOf(data, 'companySize');
  const city = optionalTextOf(data, 'city');
  const website = optionalTextOf(data, 'website');
  const description = optionalTextOf(data, 'description');
  const trl = optionalNumberOf(data, 'trl');
  return {
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
  };
}

/**
 * The whole profile as a PATCH: an optional field left empty is sent as null, which clears it (the
 * service records an event only when something changed). A non-company has no size.
 */
export function profilePatchOf(profile: ProfileInput): UpdateOrganisation {
  return {
    ...profile,
    companySize: profile.companySize ?? null,
    city: profile.city ?? null,
    website: profile.website ?? null,
    description: profile.description ?? null,
    trl: profile.trl ?? null,
  };
}
