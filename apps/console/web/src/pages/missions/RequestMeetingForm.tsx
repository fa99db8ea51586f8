import { type FormEvent, useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api, type MatchmakingSchemas } from '../../api/clients';
import { useUser } from '../../app/session';
import { textOf } from '../../components/form-values';
import { FormError, SelectField, TextArea } from '../../components/FormField';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import type { AgendaSlot, Mission } from './labels';
import { slotLabel } from './MeetingCard';
import { canActForOrganisation, canActForOwner } from './mission-sides';

type RequestMeeting = MatchmakingSchemas['schemas']['RequestMeetingDto'];
type Side = NonNullable<RequestMeeting['requestedBy']>;

/**
 * A selected delegate asks a local project owner for a meeting, or the reverse (the host manager
 * acting for an owner). The other side accepts. A slot may be asked for; the secretariat, who may
 * act for both sides, says which side it asks for.
 */
export function RequestMeetingForm({ mission, slots, onRequested }: { mission: Mission; slots: readonly AgendaSlot[]; onRequested: (announcement: string) => void }) {
  const user = useUser();
  const action = useAction();
  const delegates = mission.selectedDelegates ?? [];
  const ownDelegates = delegates.filter((delegate) => canActForOrganisation(user, delegate));
  const ownOwners = mission.localProjectOwners.filter((owner) => canActForOwner(user, mission, owner));
  const bothSides = ownDelegates.length > 0 && ownOwners.length > 0;
  const [side, setSide] = useState<Side>(ownDelegates.length > 0 ? 'delegate' : 'owner');
  if (ownDelegates.length === 0 && ownOwners.length === 0) return null;

  const delegateChoices = side === 'delegate' ? ownDelegates : delegates;
  const ownerChoices = side === 'owner' ? ownOwners : mission.localProjectOwners;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const slot = textOf(data, 'slot');
    const body: RequestMeeting = {
      delegateOrganisationId: textOf(data, 'delegateOrganisationId'),
      ownerId: textOf(data, 'ownerId'),
      message: textOf(data, 'message'),
      ...(slot !== '' && { slot }),
      ...(bothSides && { requestedBy: side }),
    };
    const result = await action.run(() => expectOk(api.matchmaking.POST('/missions/{missionId}/meetings', { params: { path: { missionId: mission.missionId } }, body })));
    if (result.ok) {
      form.reset();
      onRequested(t('missions.meetings.requested', { delegate: result.value.delegate.name, owner: result.value.owner.name }));
    }
  };
  return (
    <form className="stack" aria-labelledby="request-meeting" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="request-meeting">{t('missions.request.title')}</h2>
      {bothSides && (
        <SelectField
          label={t('missions.request.side')}
          name="requestedBy"
          value={side}
          onChange={(event) => setSide(event.target.value === 'owner' ? 'owner' : 'delegate')}
          options={[
            { value: 'delegate', label: t('missions.request.asDelegate') },
            { value: 'owner', label: t('missions.request.asOwner') },
          ]}
        />
      )}
      <SelectField label={t('missions.request.delegate')} name="delegateOrganisationId" required options={delegateChoices.map((delegate) => ({ value: delegate.organisationId, label: delegate.name }))} error={action.error} />
      <SelectField label={t('missions.request.owner')} name="ownerId" required options={ownerChoices.map((owner) => ({ value: owner.ownerId, label: owner.name }))} error={action.error} />
      <SelectField
        label={t('missions.request.slot')}
        name="slot"
        options={[{ value: '', label: t('missions.request.noSlot') }, ...slots.map((slot) => ({ value: slot.slotId, label: slotLabel(slot) }))]}
        hint={t('missions.request.slotHint')}
        error={action.error}
      />
      <TextArea label={t('missions.request.message')} name="message" required error={action.error} />
      <FormError error={action.error} fields={['delegateOrganisationId', 'ownerId', 'slot', 'message', 'requestedBy']} />
      <div>
        <button type="submit" className="primary" disabled={action.pending}>
          {t('missions.request.submit')}
        </button>
      </div>
    </form>
  );
}
