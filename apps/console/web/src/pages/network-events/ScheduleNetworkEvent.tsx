import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { FormError, SelectField, TextArea, TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import { useClusters } from '../members/use-clusters';
import { mayScheduleEvents } from './network-event-access';
import { EVENT_KINDS, SCHEDULE_FIELDS, scheduleBodyOf } from './schedule-values';

/** The browser's own zone first offered, then every IANA zone it knows (the API checks the name). */
function timeZones(): readonly string[] {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(own) ? zones : [own, ...zones];
}

/** POST /network-events: a cluster manager hosts for their own cluster, the secretariat for any. */
export function ScheduleNetworkEvent() {
  const user = useUser();
  const navigate = useNavigate();
  const clusters = useClusters();
  const action = useAction();
  const [zones] = useState(timeZones);

  if (!mayScheduleEvents(user)) {
    return (
      <>
        <PageHeader title={t('networkEvents.new.title')} />
        <p role="alert" className="error-message">
          {t('networkEvents.new.notAllowed')}
        </p>
      </>
    );
  }
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = scheduleBodyOf(new FormData(event.currentTarget), user.clusterId);
    const result = await action.run(() => expectOk(api.network.POST('/network-events', { body })));
    if (result.ok) void navigate(`/network-events/${result.value.eventId}`, { state: { announcement: t('networkEvents.new.scheduled') } });
  };
  return (
    <>
      <PageHeader title={t('networkEvents.new.title')} />
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <SelectField label={t('networkEvents.field.kind')} name="kind" options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`networkEvents.kind.${kind}`) }))} error={action.error} />
        <TextField label={t('networkEvents.field.title')} name="title" required maxLength={200} error={action.error} />
        <TextArea label={t('networkEvents.field.description')} name="description" rows={4} maxLength={5000} error={action.error} />
        {user.role === 'network-admin' ? (
          <SelectField
            label={t('networkEvents.field.hostCluster')}
            name="hostClusterId"
            required
            options={[
              { value: '', label: t('networkEvents.field.chooseCluster') },
              ...(clusters.status === 'done' ? clusters.data.map((cluster) => ({ value: cluster.clusterId, label: cluster.name })) : []),
            ]}
            error={action.error}
          />
        ) : (
          <p>
            {t('networkEvents.field.hostCluster')}: {user.clusterId}
          </p>
        )}
        <div className="grid-2">
          <TextField label={t('networkEvents.field.venue')} name="place.venue" required maxLength={300} error={action.error} />
          <TextField label={t('networkEvents.field.city')} name="place.city" required maxLength={120} error={action.error} />
          <TextField label={t('networkEvents.field.country')} name="place.country" required maxLength={2} hint={t('networkEvents.field.countryHint')} error={action.error} />
          <SelectField
            label={t('networkEvents.field.timeZone')}
            name="timeZone"
            defaultValue={zones[0]}
            options={zones.map((zone) => ({ value: zone, label: zone }))}
            error={action.error}
          />
          <TextField label={t('networkEvents.field.from')} name="from" type="date" required error={action.error} />
          <TextField label={t('networkEvents.field.to')} name="to" type="date" required error={action.error} />
          <TextField label={t('networkEvents.field.capacity')} name="capacity" type="number" required min={1} max={1000} hint={t('networkEvents.field.capacityHint')} error={action.error} />
        </div>
        <FormError error={action.error} fields={SCHEDULE_FIELDS} />
        <div className="page-actions">
          <button type="submit" className="primary" disabled={action.pending}>
            {t('networkEvents.new.submit')}
          </button>
          <Link className="button" to="/network-events">
            {t('form.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
