import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../components/use-async';
import { format, t } from '../../i18n/catalogue';
import { announcementIn } from '../opportunities/router-announcement';
import { mayRunEvent, ownRegistrations, seatsLeft } from './network-event-access';
import { datesOf, EVENT_BADGE, placeOf } from './network-event-labels';
import { RegisterForm } from './RegisterForm';
import { RegistrationTable } from './RegistrationTable';
import { RunEventPanel } from './RunEventPanel';

/** One network event: its facts and seats, my registrations, the list I may read, registering, and running it. */
export function NetworkEventDetail() {
  const { eventId = '' } = useParams();
  const user = useUser();
  const location = useLocation();
  const [announcement, setAnnouncement] = useState(() => announcementIn(location.state));
  const loaded = useAsync(() => expectOk(api.network.GET('/network-events/{eventId}', { params: { path: { eventId } } })), eventId);

  if (loaded.status === 'loading') return <p aria-live="polite">{t('app.loading')}</p>;
  if (loaded.status === 'failed') {
    return (
      <>
        <PageHeader title={t('networkEvents.title')} />
        <ErrorMessage error={loaded.error} onRetry={loaded.reload} />
        <p>
          <Link to="/network-events">{t('networkEvents.detail.back')}</Link>
        </p>
      </>
    );
  }
  const event = loaded.data;
  const changed = (message: string) => {
    setAnnouncement(message);
    loaded.reload();
  };
  const own = ownRegistrations(user, event);
  return (
    <>
      <PageHeader title={event.title} />
      <p role="status" className="notice-live">
        {announcement}
      </p>
      <article className="network-event" data-status={event.status} aria-label={t('networkEvents.detail.facts')}>
        <p>
          <StatusBadge status={EVENT_BADGE[event.status]} label={t(`networkEvents.status.${event.status}`)} /> {t(`networkEvents.kind.${event.kind}`)}
        </p>
        {event.description !== '' && <p className="prose">{event.description}</p>}
        <dl className="facts">
          <dt>{t('networkEvents.col.host')}</dt>
          <dd>{event.hostClusterId}</dd>
          <dt>{t('networkEvents.col.place')}</dt>
          <dd>{placeOf(event)}</dd>
          <dt>{t('networkEvents.col.dates')}</dt>
          <dd>{datesOf(event)}</dd>
          <dt>{t('networkEvents.col.capacity')}</dt>
          <dd>{format.number(event.capacity)}</dd>
          <dt>{t('networkEvents.col.seatsLeft')}</dt>
          <dd data-seats-left={seatsLeft(event)}>
            {t('networkEvents.seatsLeft', { left: seatsLeft(event), capacity: event.capacity })}
            {event.waiting > 0 && `, ${t('networkEvents.waitingCount', { count: event.waiting })}`}
          </dd>
        </dl>
        {event.cancelledAt !== undefined && <p>{t('networkEvents.detail.cancelledBecause', { at: format.dateTime(event.cancelledAt), reason: event.cancellationReason ?? '' })}</p>}
        {event.heldAt !== undefined && <p>{t('networkEvents.detail.heldAt', { at: format.dateTime(event.heldAt) })}</p>}
      </article>
      {user.role !== 'network-admin' && (
        <section aria-labelledby="own-registrations">
          <h2 id="own-registrations">{t('networkEvents.detail.yours')}</h2>
          {own.length === 0 ? (
            <p>{t('networkEvents.detail.yoursEmpty')}</p>
          ) : (
            <RegistrationTable event={event} registrations={own} caption={t('networkEvents.detail.yours')} onChanged={changed} />
          )}
        </section>
      )}
      <RegisterForm event={event} onRegistered={changed} />
      <section aria-labelledby="registration-list">
        <h2 id="registration-list">{t('networkEvents.detail.list')}</h2>
        <p className="hint">{t('networkEvents.detail.listHint')}</p>
        {event.registrations.length === 0 ? (
          <p>{t('networkEvents.detail.listEmpty')}</p>
        ) : (
          <RegistrationTable event={event} registrations={event.registrations} caption={t('networkEvents.detail.list')} onChanged={changed} />
        )}
      </section>
      {mayRunEvent(user, event.hostClusterId) && <RunEventPanel event={event} onChanged={changed} />}
      <p>
        <Link to="/network-events">{t('networkEvents.detail.back')}</Link>
      </p>
    </>
  );
}
