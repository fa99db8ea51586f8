import { type FormEvent, useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { formatDay } from '../../components/calendar-days';
import { linesOf, textOf } from '../../components/form-values';
import { FormError, TextArea } from '../../components/FormField';
import { OrganisationPicker } from '../../components/OrganisationPicker';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import type { MissionPartProps } from './MissionOverview';

/** POST /missions/:id/applications: an organisation applies to travel (a member for itself, a manager for one of its members). */
export function ApplyToMissionForm({ mission, onChanged }: MissionPartProps) {
  const user = useUser();
  const action = useAction();
  const [organisationId, setOrganisationId] = useState(user.role === 'member' ? (user.organisationId ?? '') : '');
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const body = { organisationId, motivation: textOf(data, 'motivation'), travellers: linesOf(data, 'travellers') };
    const result = await action.run(() => expectOk(api.matchmaking.POST('/missions/{missionId}/applications', { params: { path: { missionId: mission.missionId } }, body })));
    if (result.ok) {
      form.reset();
      onChanged(t('missions.apply.done', { name: result.value.organisationName }));
    }
  };
  return (
    <form className="stack" aria-labelledby="mission-apply" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="mission-apply">{t('missions.apply.title')}</h2>
      <p className="hint">{t('missions.apply.cutOff', { date: formatDay(mission.callCutOff) })}</p>
      {user.role !== 'member' && <OrganisationPicker legend={t('missions.apply.organisation')} value={organisationId} onChange={setOrganisationId} error={action.error} />}
      <TextArea label={t('missions.field.motivation')} name="motivation" required hint={t('missions.apply.motivationHint')} error={action.error} />
      <TextArea label={t('missions.field.travellers')} name="travellers" required hint={t('missions.apply.travellersHint')} error={action.error} />
      <FormError error={action.error} fields={['organisationId', 'motivation', 'travellers']} />
      <div>
        <button type="submit" className="primary" disabled={action.pending}>
          {t('missions.apply.submit')}
        </button>
      </div>
    </form>
  );
}
