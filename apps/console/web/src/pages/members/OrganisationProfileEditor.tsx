import { type FormEvent, useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import type { HelixType } from '../../api/vocabulary';
import { FormError } from '../../components/FormField';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import type { Organisation } from './OrganisationDetail';
import { OrganisationProfileFields, PROFILE_FIELDS, profileOf, profilePatchOf } from './OrganisationProfileFields';

interface EditorProps {
  organisation: Organisation;
  onChanged: (announcement: string) => void;
}

/**
 * PATCH /organisations/:id behind an "Edit the profile" button: the form opens with the stored
 * values, sends the whole profile (emptied optional fields clear them) and closes once saved.
 */
export function OrganisationProfileEditor({ organisation, onChanged }: EditorProps) {
  const [open, setOpen] = useState(false);
  const [helixType, setHelixType] = useState<HelixType>(organisation.helixType);
  const action = useAction();
  const { organisationId } = organisation;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = profilePatchOf(profileOf(new FormData(event.currentTarget), helixType));
    const result = await action.run(() => expectOk(api.membership.PATCH('/organisations/{organisationId}', { params: { path: { organisationId } }, body })));
    if (result.ok) {
      setOpen(false);
      onChanged(t('members.profile.saved'));
    }
  };
  const close = () => {
    setOpen(false);
    setHelixType(organisation.helixType);
    action.reset();
  };

  if (!open) {
    return (
      <p>
        <button type="button" aria-expanded={false} onClick={() => setOpen(true)}>
          {t('members.profile.edit')}
        </button>
      </p>
    );
  }
  return (
    <section aria-labelledby="organisation-profile-edit">
      <h3 id="organisation-profile-edit">{t('members.profile.editTitle')}</h3>
      <form key={organisation.version} className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <OrganisationProfileFields helixType={helixType} onHelixTypeChange={setHelixType} defaults={organisation} error={action.error} />
        <FormError error={action.error} fields={PROFILE_FIELDS} />
        <div className="page-actions">
          <button type="submit" className="primary" disabled={action.pending}>
            {t('members.profile.save')}
          </button>
          <button type="button" onClick={close}>
            {t('members.profile.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
