import { type FormEvent, useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { formatLongDay } from '../../components/calendar-days';
import { optionalTextOf, textOf } from '../../components/form-values';
import { FormError, SelectField, TextArea } from '../../components/FormField';
import { StatusBadge } from '../../components/StatusBadge';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import { type AgendaSlot, type Meeting, meetingStatusLabel, type Mission } from './labels';
import { meetingActions } from './meeting-sides';

interface MeetingCardProps {
  mission: Mission;
  meeting: Meeting;
  /** Upcoming slots to offer on acceptance (empty while the agenda is unknown). */
  slots: readonly AgendaSlot[];
  onChanged: (announcement: string) => void;
}

export const slotLabel = (slot: Pick<AgendaSlot, 'date' | 'startTime' | 'endTime'>): string =>
  t('missions.meetings.slotLabel', { day: formatLongDay(slot.date), start: slot.startTime, end: slot.endTime });

/**
 * One meeting request between a delegate and a local project owner. Accepting schedules it at
 * once: in the chosen slot, else the requested one, else the earliest where both and a table are
 * free; a taken slot is a 409 naming who is busy, shown next to the button.
 */
export function MeetingCard({ mission, meeting, slots, onChanged }: MeetingCardProps) {
  const user = useUser();
  const allowed = meetingActions(user, mission, meeting);
  const action = useAction();
  const [declining, setDeclining] = useState(false);
  const path = { params: { path: { missionId: mission.missionId, meetingId: meeting.meetingId } } };
  const names = { delegate: meeting.delegate.name, owner: meeting.owner.name };

  const accept = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const slot = textOf(new FormData(event.currentTarget), 'slot');
    const result = await action.run(() => expectOk(api.matchmaking.POST('/missions/{missionId}/meetings/{meetingId}/accept', { ...path, body: slot !== '' ? { slot } : {} })));
    if (result.ok) onChanged(t('missions.meetings.accepted', names));
  };
  const decline = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = optionalTextOf(new FormData(event.currentTarget), 'reason');
    const result = await action.run(() => expectOk(api.matchmaking.POST('/missions/{missionId}/meetings/{meetingId}/decline', { ...path, body: reason !== undefined ? { reason } : {} })));
    if (result.ok) onChanged(t('missions.meetings.declined', names));
  };
  const cancel = async () => {
    const result = await action.run(() => expectOk(api.matchmaking.POST('/missions/{missionId}/meetings/{meetingId}/cancel', { ...path, body: {} })));
    if (result.ok) onChanged(t('missions.meetings.cancelled', names));
  };

  return (
    <li className="card">
      <h3>{t('missions.meetings.heading', names)}</h3>
      <p className="meta">
        <StatusBadge status={meeting.status} label={meetingStatusLabel(meeting.status)} /> ·{' '}
        {t(meeting.requestedBy === 'delegate' ? 'missions.meetings.askedByDelegate' : 'missions.meetings.askedByOwner')}
      </p>
      <blockquote className="message">{meeting.message}</blockquote>
      {meeting.slot !== undefined && <p>{t('missions.meetings.scheduledAt', { slot: slotLabel(meeting.slot), table: meeting.slot.table })}</p>}
      {meeting.slot === undefined && meeting.requestedSlotId !== undefined && <p className="meta">{t('missions.meetings.requestedSlot', { slot: meeting.requestedSlotId.replace('T', ' ') })}</p>}
      {meeting.declineReason !== undefined && <p>{t('missions.meetings.declineReason', { reason: meeting.declineReason })}</p>}
      {meeting.cancellationReason !== undefined && <p>{t('missions.meetings.cancellationReason', { reason: meeting.cancellationReason })}</p>}
      {allowed.answer && (
        <form className="toolbar" onSubmit={(event) => void accept(event)} noValidate>
          <SelectField
            label={t('missions.meetings.acceptSlot')}
            name="slot"
            options={[{ value: '', label: t('missions.meetings.anySlot') }, ...slots.map((slot) => ({ value: slot.slotId, label: slotLabel(slot) }))]}
            error={action.error}
          />
          <button type="submit" className="primary" disabled={action.pending}>
            {t('missions.meetings.accept')}
          </button>
          <button type="button" aria-expanded={declining} onClick={() => setDeclining(!declining)}>
            {t('missions.meetings.decline')}
          </button>
        </form>
      )}
      {allowed.answer && declining && (
        <form className="stack" onSubmit={(event) => void decline(event)} noValidate>
          <TextArea label={t('missions.meetings.declineReasonLabel')} name="reason" error={action.error} />
          <div>
            <button type="submit" className="danger" disabled={action.pending}>
              {t('missions.meetings.confirmDecline')}
            </button>
          </div>
        </form>
      )}
      {allowed.cancel && !allowed.answer && (
        <div>
          <button type="button" className="danger" disabled={action.pending} onClick={() => void cancel()}>
            {t('missions.meetings.cancel')}
          </button>
        </div>
      )}
      <FormError error={action.error} fields={['slot', 'reason']} />
    </li>
  );
}
