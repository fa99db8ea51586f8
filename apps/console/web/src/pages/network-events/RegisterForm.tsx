import { type FormEvent, useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { FormError, TextField } from '../../components/FormField';
import { OrganisationPicker } from '../../components/OrganisationPicker';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import { registrationOpen, seatsLeft, type NetworkEvent, type Registration } from './network-event-access';

const FIELDS = ['organisationId', 'participantName'];

/** The registration the answer added: the newest of that organisation's with that name. */
function addedIn(event: NetworkEvent, organisationId: string, participantName: string): Registration | undefined {
  return event.registrations
    .filter((registration) => registration.organisationId === organisationId && registration.participantName === participantName)
    .sort((a, b) => b.registeredAt.localeCompare(a.registeredAt))[0];
}

interface RegisterFormProps {
  event: NetworkEvent;
  onRegistered: (announcement: string) => void;
}

/** POST …/registrations: a member registers its own people; a manager or the secretariat picks the organisation. */
export function RegisterForm({ event, onRegistered }: RegisterFormProps) {
  const user = useUser();
  const action = useAction();
  const [organisationId, setOrganisationId] = useState(user.role === 'member' ? (user.organisationId ?? '') : '');
  const [formKey, setFormKey] = useState(0);

  if (event.status !== 'scheduled') return <p>{t('networkEvents.register.closed', { status: t(`networkEvents.status.${event.status}`).toLowerCase() })}</p>;
  if (!registrationOpen(event, new Date().toISOString().slice(0, 10))) return <p>{t('networkEvents.register.started')}</p>;
  const submit = async (submitted: FormEvent<HTMLFormElement>) => {
    submitted.preventDefault();
    const participantName = String(new FormData(submitted.currentTarget).get('participantName') ?? '').trim();
    const result = await action.run(() =>
      expectOk(api.network.POST('/network-events/{eventId}/registrations', { params: { path: { eventId: event.eventId } }, body: { organisationId, participantName } })),
    );
    if (!result.ok) return;
    const added = addedIn(result.value, organisationId, participantName);
    setFormKey((key) => key + 1);
    onRegistered(
      added?.status === 'waiting'
        ? t('networkEvents.register.waiting', { name: participantName, rank: added.waitingRank ?? '?' })
        : t('networkEvents.register.confirmed', { name: participantName }),
    );
  };
  return (
    <section aria-labelledby="register">
      <h2 id="register">{t('networkEvents.register.title')}</h2>
      {seatsLeft(event) === 0 && <p className="hint">{t('networkEvents.register.full')}</p>}
      <form key={formKey} className="stack" onSubmit={(submitted) => void submit(submitted)} noValidate>
        {user.role !== 'member' && <OrganisationPicker legend={t('networkEvents.register.organisation')} value={organisationId} onChange={setOrganisationId} error={action.error} />}
        <TextField label={t('networkEvents.register.participant')} name="participantName" required maxLength={200} autoComplete="name" error={action.error} />
        <FormError error={action.error} fields={FIELDS} />
        <div className="page-actions">
          <button type="submit" className="primary" disabled={action.pending}>
            {t('networkEvents.register.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
