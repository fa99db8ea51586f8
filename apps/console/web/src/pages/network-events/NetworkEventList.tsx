import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../components/use-async';
import { format, t } from '../../i18n/catalogue';
import { announcementIn } from '../opportunities/router-announcement';
import { isUpcoming, mayScheduleEvents, seatsLeft, type NetworkEvent } from './network-event-access';
import { datesOf, EVENT_BADGE, placeOf } from './network-event-labels';

/** The API's largest page. */
const PAGE_SIZE = 100;
/** A bound on the pages read: far more events than the network holds (a few dozen a year). */
const MAX_PAGES = 20;
const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Every network event, oldest first day first. The API lists by first day without a date filter,
 * so the upcoming ones are on its last pages: the network holds a few dozen events a year, so all
 * pages are read (at most MAX_PAGES of 100) and the upcoming ones picked here.
 */
async function allNetworkEvents(): Promise<{ events: NetworkEvent[]; complete: boolean }> {
  const events: NetworkEvent[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await expectOk(api.network.GET('/network-events', { params: { query: { limit: PAGE_SIZE, ...(cursor !== undefined && { cursor }) } } }));
    events.push(...answer.items);
    if (answer.nextCursor === null) return { events, complete: true };
    cursor = answer.nextCursor;
  }
  return { events, complete: false };
}

/** Every network event by first day, for everyone: where, when, how many seats are left. */
export function NetworkEventList() {
  const user = useUser();
  const location = useLocation();
  const [upcomingOnly, setUpcomingOnly] = useState(true);
  const page = useAsync(allNetworkEvents, 'network-events');
  const shown = page.status === 'done' ? page.data.events.filter((event) => !upcomingOnly || isUpcoming(event, today())) : [];

  return (
    <>
      <PageHeader title={t('networkEvents.title')}>
        {mayScheduleEvents(user) && (
          <Link className="button primary" to="/network-events/new">
            {t('networkEvents.schedule')}
          </Link>
        )}
      </PageHeader>
      <p role="status" className="notice-live">
        {announcementIn(location.state)}
      </p>
      <p>{t('networkEvents.intro')}</p>
      <div className="field checkbox-field">
        <label>
          <input type="checkbox" checked={upcomingOnly} onChange={(event) => setUpcomingOnly(event.target.checked)} />
          {t('networkEvents.list.upcomingOnly')}
        </label>
      </div>
      {page.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
      {page.status === 'failed' && <ErrorMessage error={page.error} onRetry={page.reload} />}
      {page.status === 'done' &&
        (page.data.events.length === 0 ? (
          <p>{t('networkEvents.list.empty')}</p>
        ) : shown.length === 0 ? (
          <p>{t('networkEvents.list.none')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{t('networkEvents.list.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('networkEvents.col.title')}</th>
                  <th scope="col">{t('networkEvents.col.host')}</th>
                  <th scope="col">{t('networkEvents.col.place')}</th>
                  <th scope="col">{t('networkEvents.col.dates')}</th>
                  <th scope="col">{t('networkEvents.col.capacity')}</th>
                  <th scope="col">{t('networkEvents.col.seatsLeft')}</th>
                  <th scope="col">{t('networkEvents.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((event) => (
                  <tr key={event.eventId} data-event-id={event.eventId}>
                    <th scope="row">
                      <Link to={`/network-events/${event.eventId}`}>{event.title}</Link>
                      <div className="meta">{t(`networkEvents.kind.${event.kind}`)}</div>
                    </th>
                    <td>{event.hostClusterId}</td>
                    <td>{placeOf(event)}</td>
                    <td>{datesOf(event)}</td>
                    <td>{format.number(event.capacity)}</td>
                    <td data-seats-left={seatsLeft(event)}>
                      {t('networkEvents.seatsLeft', { left: seatsLeft(event), capacity: event.capacity })}
                      {event.waiting > 0 && <div className="meta">{t('networkEvents.waitingCount', { count: event.waiting })}</div>}
                    </td>
                    <td>
                      <StatusBadge status={EVENT_BADGE[event.status]} label={t(`networkEvents.status.${event.status}`)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {page.status === 'done' && !page.data.complete && <p className="hint">{t('networkEvents.list.truncated', { count: page.data.events.length })}</p>}
    </>
  );
}
