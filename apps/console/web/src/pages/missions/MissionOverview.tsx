import { type FormEvent, useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { formatDay } from '../../components/calendar-days';
import { optionalTextOf } from '../../components/form-values';
import { FormError, TextArea } from '../../components/FormField';
import { useAction } from '../../components/use-action';
import { format, t } from '../../i18n/catalogue';
import { isFinal, type Mission, missionStatusLabel } from './labels';
import { isOrganiserSide } from './mission-sides';

export interface MissionPartProps {
  mission: Mission;
  onChanged: (announcement: string) => void;
}

/** The mission and its call for participation: the organiser opens and closes the call, completes or cancels the mission. */
export function MissionOverview({ mission, onChanged }: MissionPartProps) {
  const user = useUser();
  const organiser = isOrganiserSide(user, mission);
  return (
    <>
      <section aria-labelledby="mission-facts">
        <h2 id="mission-facts">{t('missions.overview.title')}</h2>
        <p className="multiline">{mission.description}</p>
        <dl className="facts">
          <dt>{t('missions.field.theme')}</dt>
          <dd>{mission.theme}</dd>
          <dt>{t('missions.field.destination')}</dt>
          <dd>{t('missions.destination', { city: mission.destination.city, country: mission.destination.country })}</dd>
          <dt>{t('missions.field.dates')}</dt>
          <dd>
            {t('missions.dates', { from: formatDay(mission.from), to: formatDay(mission.to) })} ({mission.timeZone})
          </dd>
          <dt>{t('missions.field.organiserCluster')}</dt>
          <dd>{mission.organiserClusterId}</dd>
          <dt>{t('missions.field.hostCluster')}</dt>
          <dd>{mission.hostClusterId}</dd>
          <dt>{t('missions.field.status')}</dt>
          <dd>{missionStatusLabel(mission.status)}</dd>
          <dt>{t('missions.field.callCutOff')}</dt>
          <dd>{t('missions.overview.cutOff', { date: formatDay(mission.callCutOff) })}</dd>
          <dt>{t('missions.field.capacity')}</dt>
          <dd>{t('missions.overview.capacity', { capacity: mission.capacity, applications: mission.liveApplicationCount })}</dd>
          {mission.callOpenedAt !== undefined && (
            <>
              <dt>{t('missions.overview.callOpenedAt')}</dt>
              <dd>{format.dateTime(mission.callOpenedAt)}</dd>
            </>
          )}
          {mission.callClosedAt !== undefined && (
            <>
              <dt>{t('missions.overview.callClosedAt')}</dt>
              <dd>
                {format.dateTime(mission.callClosedAt)}
                {mission.callClosedBy !== undefined && ` · ${t(`missions.overview.closedBy.${mission.callClosedBy}`)}`}
              </dd>
            </>
          )}
          {mission.cancellationReason !== undefined && (
            <>
              <dt>{t('missions.overview.cancellationReason')}</dt>
              <dd>{mission.cancellationReason}</dd>
            </>
          )}
        </dl>
        <p className={mission.acceptingApplications ? 'notice' : 'meta'}>{mission.acceptingApplications ? t('missions.overview.accepting') : t('missions.overview.notAccepting')}</p>
      </section>
      {mission.selectedDelegates !== undefined && (
        <section aria-labelledby="mission-delegation">
          <h2 id="mission-delegation">{t('missions.overview.delegation')}</h2>
          {mission.selectedDelegates.length === 0 ? (
            <p>{t('missions.overview.noDelegates')}</p>
          ) : (
            <ul>
              {mission.selectedDelegates.map((delegate) => (
                <li key={delegate.organisationId}>{t('missions.overview.delegate', { name: delegate.name, cluster: delegate.clusterId })}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      {organiser && !isFinal(mission) && <CallControls mission={mission} onChanged={onChanged} />}
    </>
  );
}

/** The organiser's transitions of the mission itself; each refused one (a 409) says why next to its button. */
function CallControls({ mission, onChanged }: MissionPartProps) {
  const action = useAction();
  const [cancelling, setCancelling] = useState(false);
  const path = { params: { path: { missionId: mission.missionId } } };
  const run = async (perform: () => Promise<unknown>, announcement: string) => {
    const result = await action.run(perform);
    if (result.ok) onChanged(announcement);
  };
  const cancel = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = optionalTextOf(new FormData(event.currentTarget), 'reason');
    await run(() => expectOk(api.matchmaking.POST('/missions/{missionId}/cancel', { ...path, body: reason !== undefined ? { reason } : {} })), t('missions.call.cancelled'));
  };
  return (
    <section aria-labelledby="mission-call">
      <h2 id="mission-call">{t('missions.call.title')}</h2>
      <div className="page-actions">
        {mission.status === 'draft' && (
          <button type="button" className="primary" disabled={action.pending} onClick={() => void run(() => expectOk(api.matchmaking.POST('/missions/{missionId}/call/open', path)), t('missions.call.opened'))}>
            {t('missions.call.open')}
          </button>
        )}
        {mission.status === 'call-open' && (
          <button type="button" disabled={action.pending} onClick={() => void run(() => expectOk(api.matchmaking.POST('/missions/{missionId}/call/close', path)), t('missions.call.closed'))}>
            {t('missions.call.close')}
          </button>
        )}
        {mission.status === 'selection-published' && (
          <button type="button" className="primary" disabled={action.pending} onClick={() => void run(() => expectOk(api.matchmaking.POST('/missions/{missionId}/complete', path)), t('missions.call.completed'))}>
            {t('missions.call.complete')}
          </button>
        )}
        {!cancelling && (
          <button type="button" className="danger" onClick={() => setCancelling(true)}>
            {t('missions.call.cancel')}
          </button>
        )}
      </div>
      {cancelling && (
        <form className="stack" onSubmit={(event) => void cancel(event)} noValidate>
          <TextArea label={t('missions.call.cancelReason')} name="reason" error={action.error} />
          <div className="page-actions">
            <button type="submit" className="danger" disabled={action.pending}>
              {t('missions.call.confirmCancel')}
            </button>
            <button type="button" onClick={() => setCancelling(false)}>
              {t('form.cancel')}
            </button>
          </div>
        </form>
      )}
      <FormError error={action.error} fields={['reason']} />
    </section>
  );
}
