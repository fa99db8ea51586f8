import { type FormEvent, useState } from 'react';
import { ApiError, expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { daysFrom, formatLongDay } from '../../components/calendar-days';
import { commaListOf, optionalNumberOf } from '../../components/form-values';
import { FormError, TextField } from '../../components/FormField';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import type { Agenda, Mission } from './labels';

/**
 * PUT /missions/:id/agenda: the organiser sets the slot length, the tables and each day's start
 * times (local to the destination). Days left empty have no slots. Removing a slot or table that
 * holds a meeting is refused with a 409 naming it.
 */
/**
 * Only days with start times are sent, so a 400's `days.<n>` counts among those; `sent` maps each
 * back to the input it came from, so the reason shows under the right day.
 */
function onInputs(error: unknown, sent: readonly number[]): unknown {
  if (!(error instanceof ApiError)) return error;
  const details = error.details.map((issue) => {
    const match = /^days\.(\d+)\.startTimes(?:\.\d+)?$/.exec(issue.field);
    const input = match === null ? undefined : sent[Number(match[1])];
    return input === undefined ? issue : { ...issue, field: `days.${input}.startTimes` };
  });
  return new ApiError(error.status, error.message, details);
}

export function AgendaSetupForm({ mission, agenda, onSaved }: { mission: Mission; agenda: Agenda | undefined; onSaved: () => void }) {
  const action = useAction();
  const [sent, setSent] = useState<number[]>([]);
  const days = daysFrom(mission.from, mission.to);
  const error = onInputs(action.error, sent);
  const startTimesOf = (day: string) => (agenda?.slots ?? []).filter((slot) => slot.date === day).map((slot) => slot.startTime);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const entered = days.map((date, index) => ({ index, date, startTimes: commaListOf(data, `days.${index}.startTimes`) })).filter((day) => day.startTimes.length > 0);
    setSent(entered.map((day) => day.index));
    const body = {
      slotMinutes: optionalNumberOf(data, 'slotMinutes') ?? 0,
      tables: optionalNumberOf(data, 'tables') ?? 0,
      days: entered.map(({ date, startTimes }) => ({ date, startTimes })),
    };
    const result = await action.run(() => expectOk(api.matchmaking.PUT('/missions/{missionId}/agenda', { params: { path: { missionId: mission.missionId } }, body })));
    if (result.ok) onSaved();
  };
  return (
    <form key={agenda?.version ?? 0} className="stack" aria-labelledby="agenda-setup" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="agenda-setup">{agenda === undefined ? t('missions.agendaSetup.create') : t('missions.agendaSetup.change')}</h2>
      <div className="grid-2">
        <TextField label={t('missions.agendaSetup.slotMinutes')} name="slotMinutes" type="number" min={5} required defaultValue={agenda?.slotMinutes ?? 30} error={error} />
        <TextField label={t('missions.agendaSetup.tables')} name="tables" type="number" min={1} required defaultValue={agenda?.tables ?? 4} error={error} />
      </div>
      <fieldset className="field">
        <legend>{t('missions.agendaSetup.days')}</legend>
        <p className="hint">{t('missions.agendaSetup.daysHint', { timeZone: mission.timeZone })}</p>
        {days.map((day, index) => (
          <TextField key={day} label={formatLongDay(day)} name={`days.${index}.startTimes`} defaultValue={startTimesOf(day).join(', ')} placeholder={t('missions.agendaSetup.placeholder')} error={error} />
        ))}
      </fieldset>
      <FormError error={error} fields={['slotMinutes', 'tables', ...days.map((_, index) => `days.${index}.startTimes`)]} />
      <div>
        <button type="submit" className="primary" disabled={action.pending}>
          {t('missions.agendaSetup.save')}
        </button>
      </div>
    </form>
  );
}
