import type { FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api, type MatchmakingSchemas } from '../../api/clients';
import { useUser } from '../../app/session';
import { optionalNumberOf, optionalTextOf, textOf } from '../../components/form-values';
import { FormError, SelectField, TextArea, TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../components/use-action';
import { t } from '../../i18n/catalogue';
import { useClusters } from '../members/use-clusters';

type CreateMission = MatchmakingSchemas['schemas']['CreateMissionDto'];

const FIELDS = ['title', 'theme', 'description', 'destination.city', 'destination.country', 'hostClusterId', 'organiserClusterId', 'timeZone', 'from', 'to', 'callCutOff', 'capacity'];
/** The IANA zones this browser knows, for the destination's time zone (B2B slots are local to it). */
const TIME_ZONES = Intl.supportedValuesOf('timeZone');

/** POST /missions: a cluster manager (for its cluster) or the secretariat (naming the organiser) creates a mission as a draft. */
export function CreateMissionForm() {
  const user = useUser();
  const navigate = useNavigate();
  const clusters = useClusters();
  const action = useAction();
  if (user.role === 'member') return <Navigate to="/missions" replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const organiserClusterId = optionalTextOf(data, 'organiserClusterId');
    const body: CreateMission = {
      title: textOf(data, 'title'),
      theme: textOf(data, 'theme'),
      description: textOf(data, 'description'),
      destination: { city: textOf(data, 'destination.city'), country: textOf(data, 'destination.country') },
      hostClusterId: textOf(data, 'hostClusterId'),
      timeZone: textOf(data, 'timeZone'),
      from: textOf(data, 'from'),
      to: textOf(data, 'to'),
      callCutOff: textOf(data, 'callCutOff'),
      capacity: optionalNumberOf(data, 'capacity') ?? 0,
      ...(organiserClusterId !== undefined && { organiserClusterId }),
    };
    const result = await action.run(() => expectOk(api.matchmaking.POST('/missions', { body })));
    if (result.ok) await navigate(`/missions/${result.value.missionId}`);
  };

  const clusterOptions = clusters.status === 'done' ? clusters.data.map((cluster) => ({ value: cluster.clusterId, label: `${cluster.name} (${cluster.country})` })) : [];
  return (
    <>
      <PageHeader title={t('missions.create.title')} />
      <p>{t('missions.create.intro')}</p>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <TextField label={t('missions.field.title')} name="title" required error={action.error} />
        <TextField label={t('missions.field.theme')} name="theme" required error={action.error} />
        <TextArea label={t('missions.field.description')} name="description" required error={action.error} />
        {user.role === 'network-admin' ? (
          <SelectField
            label={t('missions.field.organiserCluster')}
            name="organiserClusterId"
            required
            options={[{ value: '', label: t('missions.create.chooseCluster') }, ...clusterOptions]}
            error={action.error}
          />
        ) : (
          <p>{t('missions.create.organisedBy', { cluster: user.clusterId ?? '' })}</p>
        )}
        <SelectField
          label={t('missions.field.hostCluster')}
          name="hostClusterId"
          required
          options={[{ value: '', label: t('missions.create.chooseCluster') }, ...clusterOptions]}
          hint={t('missions.create.hostHint')}
          error={action.error}
        />
        <div className="grid-2">
          <TextField label={t('missions.field.city')} name="destination.city" required error={action.error} />
          <TextField label={t('missions.field.country')} name="destination.country" required maxLength={2} hint={t('missions.create.countryHint')} error={action.error} />
        </div>
        <SelectField
          label={t('missions.field.timeZone')}
          name="timeZone"
          required
          options={[{ value: '', label: t('missions.create.chooseTimeZone') }, ...TIME_ZONES.map((zone) => ({ value: zone, label: zone }))]}
          hint={t('missions.create.timeZoneHint')}
          error={action.error}
        />
        <div className="grid-3">
          <TextField label={t('missions.field.from')} name="from" type="date" required error={action.error} />
          <TextField label={t('missions.field.to')} name="to" type="date" required hint={t('missions.create.toHint')} error={action.error} />
          <TextField label={t('missions.field.callCutOff')} name="callCutOff" type="date" required hint={t('missions.create.cutOffHint')} error={action.error} />
        </div>
        <TextField label={t('missions.field.capacity')} name="capacity" type="number" min={1} required hint={t('missions.create.capacityHint')} error={action.error} />
        <FormError error={action.error} fields={FIELDS} />
        <div>
          <button type="submit" className="primary" disabled={action.pending}>
            {t('missions.create.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
