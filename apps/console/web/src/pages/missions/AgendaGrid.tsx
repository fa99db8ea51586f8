import { formatLongDay } from '../../components/calendar-days';
import { ScrollRegion } from '../../components/ScrollRegion';
import { t } from '../../i18n/catalogue';
import type { Agenda, AgendaSlot } from './labels';

/** The agenda's slots grouped by day, in time order. */
function slotsByDay(slots: readonly AgendaSlot[]): [string, AgendaSlot[]][] {
  const days = new Map<string, AgendaSlot[]>();
  for (const slot of slots) days.set(slot.date, [...(days.get(slot.date) ?? []), slot]);
  return [...days.entries()];
}

/**
 * The B2B agenda as a grid per day: one row per slot (local times of the destination), one column
 * per table, each cell the meeting scheduled there or free. The same figures read as a table to a
 * screen reader (row and column headers name the slot and the table).
 */
export function AgendaGrid({ agenda }: { agenda: Agenda }) {
  const tables = Array.from({ length: agenda.tables }, (_, index) => index + 1);
  if (agenda.slots.length === 0) return <p>{t('missions.agenda.noSlots')}</p>;
  return (
    <>
      <p className="meta">{t('missions.agenda.summary', { minutes: agenda.slotMinutes, tables: agenda.tables, timeZone: agenda.timeZone })}</p>
      {slotsByDay(agenda.slots).map(([day, slots]) => (
        <ScrollRegion key={day} label={formatLongDay(day)}>
          <table className="agenda-grid">
            <caption>{formatLongDay(day)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('missions.agenda.slot')}</th>
                {tables.map((table) => (
                  <th key={table} scope="col">
                    {t('missions.agenda.table', { table })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {slots.map((slot) => (
                <tr key={slot.slotId}>
                  <th scope="row">{t('missions.agenda.slotTime', { start: slot.startTime, end: slot.endTime })}</th>
                  {tables.map((table) => {
                    const meeting = slot.meetings.find((candidate) => candidate.table === table);
                    return meeting === undefined ? (
                      <td key={table} className="agenda-free">
                        {t('missions.agenda.free')}
                      </td>
                    ) : (
                      <td key={table} className="agenda-meeting">
                        {t('missions.agenda.meeting', { delegate: meeting.delegate.name, owner: meeting.owner.name })}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ))}
    </>
  );
}
