import { type FormEvent, useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api, type MatchmakingSchemas } from '../../api/clients';
import { useUser } from '../../app/session';
import { linesOf, optionalTextOf, textOf } from '../../components/form-values';
import { FormError, TextArea, TextField } from '../../components/FormField';
import { OrganisationPicker } from '../../components/OrganisationPicker';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import { isFinal } from './labels';
import { isHostSide } from './mission-sides';
import type { MissionPartProps } from './MissionOverview';

type AddOwner = MatchmakingSchemas['schemas']['AddLocalProjectOwnerDto'];

const OWNER_FIELDS = ['name', 'projectDescription', 'needs', 'contactPerson.name', 'contactPerson.email', 'contactPerson.phone', 'organisationId'];

/** The local project owners delegates come to meet; the host cluster's manager lists them. */
export function LocalProjectOwners({ mission, onChanged }: MissionPartProps) {
  const user = useUser();
  const host = isHostSide(user, mission) && !isFinal(mission);
  const remove = useAction();
  const removeOwner = async (ownerId: string, name: string) => {
    const result = await remove.run(() => expectOk(api.matchmaking.DELETE('/missions/{missionId}/local-project-owners/{ownerId}', { params: { path: { missionId: mission.missionId, ownerId } } })));
    if (result.ok) onChanged(t('missions.owners.removed', { name }));
  };
  return (
    <>
      <section aria-labelledby="mission-owners">
        <h2 id="mission-owners">{t('missions.owners.title')}</h2>
        <p>{t('missions.owners.intro', { host: mission.hostClusterId })}</p>
        {mission.localProjectOwners.length === 0 ? (
          <p>{t('missions.owners.empty')}</p>
        ) : (
          <ul className="cards">
            {mission.localProjectOwners.map((owner) => (
              <li key={owner.ownerId} className="card">
                <h3>{owner.name}</h3>
                <p className="multiline">{owner.projectDescription}</p>
                {owner.needs.length > 0 && <p>{t('missions.owners.needs', { needs: owner.needs.join('; ') })}</p>}
                <p className="meta">
                  {t('missions.owners.contact', { name: owner.contactPerson.name })} <a href={`mailto:${owner.contactPerson.email}`}>{owner.contactPerson.email}</a>
                  {owner.contactPerson.phone !== undefined && ` · ${owner.contactPerson.phone}`}
                </p>
                {host && (
                  <button type="button" className="danger" disabled={remove.pending} onClick={() => void removeOwner(owner.ownerId, owner.name)}>
                    {t('missions.owners.remove')}
                    <span className="visually-hidden"> {owner.name}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <FormError error={remove.error} fields={[]} />
      </section>
      {host && <AddOwnerForm mission={mission} onChanged={onChanged} />}
    </>
  );
}

function AddOwnerForm({ mission, onChanged }: MissionPartProps) {
  const action = useAction();
  const [organisationId, setOrganisationId] = useState('');
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const phone = optionalTextOf(data, 'contactPerson.phone');
    const body: AddOwner = {
      name: textOf(data, 'name'),
      projectDescription: textOf(data, 'projectDescription'),
      needs: linesOf(data, 'needs'),
      contactPerson: { name: textOf(data, 'contactPerson.name'), email: textOf(data, 'contactPerson.email'), ...(phone !== undefined && { phone }) },
      ...(organisationId !== '' && { organisationId }),
    };
    const result = await action.run(() => expectOk(api.matchmaking.POST('/missions/{missionId}/local-project-owners', { params: { path: { missionId: mission.missionId } }, body })));
    if (result.ok) {
      form.reset();
      setOrganisationId('');
      onChanged(t('missions.owners.added', { name: result.value.name }));
    }
  };
  return (
    <form className="stack" aria-labelledby="mission-add-owner" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="mission-add-owner">{t('missions.owners.addTitle')}</h2>
      <TextField label={t('missions.owners.name')} name="name" required error={action.error} />
      <TextArea label={t('missions.owners.projectDescription')} name="projectDescription" required error={action.error} />
      <TextArea label={t('missions.owners.needsLabel')} name="needs" hint={t('missions.owners.needsHint')} error={action.error} />
      <fieldset className="field">
        <legend>{t('missions.owners.contactPerson')}</legend>
        <TextField label={t('missions.owners.contactName')} name="contactPerson.name" required autoComplete="off" error={action.error} />
        <TextField label={t('missions.owners.contactEmail')} name="contactPerson.email" type="email" required autoComplete="off" error={action.error} />
        <TextField label={t('missions.owners.contactPhone')} name="contactPerson.phone" type="tel" autoComplete="off" error={action.error} />
      </fieldset>
      <OrganisationPicker legend={t('missions.owners.memberOrganisation')} value={organisationId} onChange={setOrganisationId} error={action.error} />
      <FormError error={action.error} fields={OWNER_FIELDS} />
      <div>
        <button type="submit" className="primary" disabled={action.pending}>
          {t('missions.owners.add')}
        </button>
      </div>
    </form>
  );
}
