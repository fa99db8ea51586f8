import type { FormEvent } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FormError, TextArea } from '../../components/FormField';
import { checkedValuesOf, textOf } from '../../components/form-values';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import type { NetworkEvent } from './network-event-access';

interface RunEventPanelProps {
  event: NetworkEvent;
  onChanged: (announcement: string) => void;
}

/** POST …/attendance: the confirmed participants who came (the API accepts it from the first day on). */
function RecordAttendance({ event, onChanged }: RunEventPanelProps) {
  const action = useAction();
  const confirmed = event.registrations.filter((registration) => registration.status === 'confirmed');
  const submit = async (submitted: FormEvent<HTMLFormElement>) => {
    submitted.preventDefault();
    const attended = checkedValuesOf(new FormData(submitted.currentTarget), 'attended');
    const result = await action.run(() => expectOk(api.network.POST('/network-events/{eventId}/attendance', { params: { path: { eventId: event.eventId } }, body: { attended } })));
    if (result.ok) onChanged(t('networkEvents.run.attendanceRecorded'));
  };
  return (
    <form className="stack" onSubmit={(submitted) => void submit(submitted)} aria-labelledby="record-attendance" noValidate>
      <h3 id="record-attendance">{t('networkEvents.run.attendance')}</h3>
      {confirmed.length === 0 ? (
        <p>{t('networkEvents.run.noConfirmed')}</p>
      ) : (
        <CheckboxGroup
          legend={t('networkEvents.run.attended')}
          name="attended"
          hint={t('networkEvents.run.attendanceHint')}
          options={confirmed.map((registration) => ({ value: registration.registrationId, label: `${registration.participantName} (${registration.organisationName})` }))}
          error={action.error}
        />
      )}
      <FormError error={action.error} fields={['attended']} />
      <div className="page-actions">
        <button type="submit" disabled={action.pending}>
          {t('networkEvents.run.saveAttendance')}
        </button>
      </div>
    </form>
  );
}

/** POST …/cancellation with its reason: final. */
function CancelEvent({ event, onChanged }: RunEventPanelProps) {
  const action = useAction();
  const submit = async (submitted: FormEvent<HTMLFormElement>) => {
    submitted.preventDefault();
    const reason = textOf(new FormData(submitted.currentTarget), 'reason');
    const result = await action.run(() => expectOk(api.network.POST('/network-events/{eventId}/cancellation', { params: { path: { eventId: event.eventId } }, body: { reason } })));
    if (result.ok) onChanged(t('networkEvents.run.cancelled'));
  };
  return (
    <form className="stack" onSubmit={(submitted) => void submit(submitted)} aria-labelledby="cancel-event" noValidate>
      <h3 id="cancel-event">{t('networkEvents.run.cancel')}</h3>
      <TextArea label={t('networkEvents.run.reason')} name="reason" required rows={2} maxLength={2000} hint={t('networkEvents.run.cancelHint')} error={action.error} />
      <FormError error={action.error} fields={['reason']} />
      <div className="page-actions">
        <button type="submit" className="danger" disabled={action.pending}>
          {t('networkEvents.run.cancelSubmit')}
        </button>
      </div>
    </form>
  );
}

/** For the host cluster's manager and the secretariat while the event is scheduled. */
export function RunEventPanel({ event, onChanged }: RunEventPanelProps) {
  if (event.status !== 'scheduled') return null;
  return (
    <section aria-labelledby="run-event">
      <h2 id="run-event">{t('networkEvents.run.title')}</h2>
      <RecordAttendance event={event} onChanged={onChanged} />
      <CancelEvent event={event} onChanged={onChanged} />
    </section>
  );
}
