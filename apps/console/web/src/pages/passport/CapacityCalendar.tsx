import { type FormEvent, useState } from 'react';
import { Navigate } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { addMonths, formatLongDay, formatMonth, monthOf, todayOf, WEEKDAYS, weeksOf } from '../../components/calendar-days';
import { ErrorMessage } from '../../components/ErrorMessage';
import { optionalNumberOf } from '../../components/form-values';
import { FormError, SelectField, TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useAction } from '../../components/use-action';
import { useAsync } from '../../components/use-async';
import { t } from '../../i18n/catalogue';
import { useClusters } from '../members/use-clusters';
import { bookedPerDay, deskVisitsOf } from './desk-bookings';
import { PassportNav } from './PassportNav';

/**
 * The host desk capacity as a month calendar: desks offered and desks booked per day (the service
 * never overbooks). The host cluster's manager (or the secretariat) sets the desks per day.
 */
export function CapacityCalendar() {
  const user = useUser();
  const clusters = useClusters();
  const [today] = useState(() => todayOf(new Date()));
  const [month, setMonth] = useState(() => monthOf(today));
  const [chosenCluster, setChosenCluster] = useState('');
  const hostClusterId = user.role === 'cluster-manager' ? (user.clusterId ?? '') : chosenCluster;
  const capacity = useAsync(
    async () => (hostClusterId === '' ? undefined : expectOk(api.matchmaking.GET('/passport/hosts/{clusterId}/capacity', { params: { path: { clusterId: hostClusterId } } }))),
    `capacity|${hostClusterId}`,
  );
  const visits = useAsync(async () => (hostClusterId === '' ? [] : deskVisitsOf(hostClusterId)), `visits|${hostClusterId}`);
  if (user.role === 'member') return <Navigate to="/passport" replace />;

  const booked = visits.status === 'done' ? bookedPerDay(visits.data) : new Map<string, number>();
  const desks = capacity.status === 'done' ? capacity.data?.desksPerDay : undefined;

  return (
    <>
      <PageHeader title={t('passport.capacity.title')} />
      <PassportNav />
      <p>{t('passport.capacity.intro')}</p>
      {user.role === 'network-admin' && (
        <SelectField
          label={t('passport.field.hostCluster')}
          name="hostClusterId"
          value={chosenCluster}
          onChange={(event) => setChosenCluster(event.target.value)}
          options={[
            { value: '', label: t('passport.capacity.chooseHost') },
            ...(clusters.status === 'done' ? clusters.data.map((cluster) => ({ value: cluster.clusterId, label: cluster.name })) : []),
          ]}
        />
      )}
      {capacity.status === 'failed' && <ErrorMessage error={capacity.error} onRetry={capacity.reload} />}
      {visits.status === 'failed' && <ErrorMessage error={visits.error} onRetry={visits.reload} />}
      {capacity.status === 'done' && capacity.data !== undefined && (
        <CapacityForm
          hostClusterId={hostClusterId}
          desksPerDay={capacity.data.desksPerDay}
          configured={capacity.data.configured}
          onSaved={() => {
            capacity.reload();
            visits.reload();
          }}
        />
      )}
      {hostClusterId !== '' && desks !== undefined && (
        <section aria-labelledby="capacity-month">
          <div className="toolbar month-toolbar">
            <button type="button" onClick={() => setMonth(addMonths(month, -1))}>
              {t('passport.capacity.previousMonth')}
            </button>
            <h2 id="capacity-month" aria-live="polite">
              {formatMonth(month)}
            </h2>
            <button type="button" onClick={() => setMonth(addMonths(month, 1))}>
              {t('passport.capacity.nextMonth')}
            </button>
          </div>
          <p className="hint">{t('passport.capacity.legend')}</p>
          {visits.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
          <ScrollRegion label={t('passport.capacity.caption', { month: formatMonth(month), cluster: hostClusterId })}>
            <table className="calendar">
              <caption className="visually-hidden">{t('passport.capacity.caption', { month: formatMonth(month), cluster: hostClusterId })}</caption>
              <thead>
                <tr>
                  {WEEKDAYS.map((weekday) => (
                    <th key={weekday} scope="col">
                      {weekday}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {weeksOf(month).map((week) => (
                  <tr key={week.find((day) => day !== null) ?? ''}>
                    {week.map((day, index) => {
                      if (day === null) return <td key={`empty-${index}`} className="calendar-empty" />;
                      const count = booked.get(day) ?? 0;
                      const full = count >= desks;
                      const classes = ['calendar-day', full ? 'full' : '', day < today ? 'past' : '', day === today ? 'today' : ''].filter((name) => name !== '').join(' ');
                      return (
                        <td key={day} className={classes} aria-current={day === today ? 'date' : undefined}>
                          <span className="calendar-date" aria-hidden="true">
                            {Number(day.slice(8))}
                          </span>
                          <span className="visually-hidden">
                            {formatLongDay(day)}: {t('passport.capacity.cell', { booked: count, desks })}
                          </span>
                          <span className="calendar-desks" aria-hidden="true">
                            {t('passport.capacity.cellShort', { booked: count, desks })}
                          </span>
                          {full && <span className="calendar-full">{t('passport.capacity.full')}</span>}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      )}
    </>
  );
}

/** PUT /passport/hosts/:id/capacity: the desks offered per day (0: no desk hosting); bookings already made stay. */
function CapacityForm({ hostClusterId, desksPerDay, configured, onSaved }: { hostClusterId: string; desksPerDay: number; configured: boolean; onSaved: () => void }) {
  const user = useUser();
  const action = useAction();
  const [saved, setSaved] = useState('');
  const mayEdit = user.role === 'network-admin' || user.clusterId === hostClusterId;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const desks = optionalNumberOf(new FormData(event.currentTarget), 'desksPerDay') ?? 0;
    const result = await action.run(() =>
      expectOk(api.matchmaking.PUT('/passport/hosts/{clusterId}/capacity', { params: { path: { clusterId: hostClusterId } }, body: { desksPerDay: desks } })),
    );
    if (result.ok) {
      setSaved(t('passport.capacity.saved', { desks: result.value.desksPerDay }));
      onSaved();
    }
  };
  return (
    <>
      <p>{configured ? t('passport.capacity.current', { desks: desksPerDay }) : t('passport.capacity.default', { desks: desksPerDay })}</p>
      {mayEdit && (
        <form key={`${hostClusterId}|${desksPerDay}`} className="toolbar" onSubmit={(event) => void submit(event)} noValidate>
          <TextField label={t('passport.capacity.desksPerDay')} name="desksPerDay" type="number" min={0} max={100} defaultValue={desksPerDay} error={action.error} />
          <button type="submit" className="primary" disabled={action.pending}>
            {t('passport.capacity.save')}
          </button>
          <FormError error={action.error} fields={['desksPerDay']} />
        </form>
      )}
      <p aria-live="polite" className={saved === '' ? 'visually-hidden' : 'notice'}>
        {saved}
      </p>
    </>
  );
}
