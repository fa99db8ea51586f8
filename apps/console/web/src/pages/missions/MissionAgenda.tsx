import { useState } from 'react';
import { ApiError, expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { CursorPager } from '../../components/CursorPager';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAsync } from '../../components/use-async';
import { useCursorPages } from '../../components/use-cursor-pages';
import { t } from '../../i18n/catalogue';
import { AgendaGrid } from './AgendaGrid';
import { AgendaSetupForm } from './AgendaSetupForm';
import { isFinal } from './labels';
import { MeetingCard } from './MeetingCard';
import { isOrganiserSide } from './mission-sides';
import type { MissionPartProps } from './MissionOverview';
import { ParticipantCalendars } from './ParticipantCalendars';
import { RequestMeetingForm } from './RequestMeetingForm';

const MEETINGS_PAGE = 100;

/**
 * The B2B agenda: the grid of slots × tables with the meetings scheduled in it, the organiser's
 * set-up, the meeting requests the person may see (to accept, decline or cancel), a new request,
 * and the participants' calendar files. Who meets whom is not public: others get a 403.
 */
export function MissionAgenda({ mission, onChanged }: MissionPartProps) {
  const user = useUser();
  const organiser = isOrganiserSide(user, mission);
  const [generation, setGeneration] = useState(0);
  const agenda = useAsync(async () => {
    try {
      return await expectOk(api.matchmaking.GET('/missions/{missionId}/agenda', { params: { path: { missionId: mission.missionId } } }));
    } catch (error) {
      // No agenda yet is a state of the mission, not a failure.
      if (error instanceof ApiError && error.status === 404) return undefined;
      throw error;
    }
  }, `${mission.missionId}|${generation}`);
  const pages = useCursorPages(mission.missionId);
  const meetings = useAsync(
    () =>
      expectOk(
        api.matchmaking.GET('/missions/{missionId}/meetings', {
          params: { path: { missionId: mission.missionId }, query: { limit: MEETINGS_PAGE, ...(pages.cursor !== undefined && { cursor: pages.cursor }) } },
        }),
      ),
    `${mission.missionId}|${pages.cursor ?? ''}|${generation}`,
  );
  const changed = (announcement: string) => {
    setGeneration(generation + 1);
    onChanged(announcement);
  };
  const slots = agenda.status === 'done' && agenda.data !== undefined ? agenda.data.slots : [];
  const now = new Date().toISOString();
  const upcoming = slots.filter((slot) => slot.startsAt > now);

  return (
    <>
      <section aria-labelledby="mission-agenda">
        <h2 id="mission-agenda">{t('missions.agenda.title')}</h2>
        {agenda.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
        {agenda.status === 'failed' && <ErrorMessage error={agenda.error} onRetry={agenda.reload} />}
        {agenda.status === 'done' && agenda.data === undefined && <p>{t('missions.agenda.none')}</p>}
        {agenda.status === 'done' && agenda.data !== undefined && <AgendaGrid agenda={agenda.data} />}
      </section>
      {organiser && !isFinal(mission) && agenda.status === 'done' && (
        <AgendaSetupForm mission={mission} agenda={agenda.data} onSaved={() => changed(t('missions.agendaSetup.saved'))} />
      )}
      <section aria-labelledby="mission-meetings">
        <h2 id="mission-meetings">{t('missions.meetings.title')}</h2>
        {meetings.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
        {meetings.status === 'failed' && <ErrorMessage error={meetings.error} onRetry={meetings.reload} />}
        {meetings.status === 'done' && (
          <>
            {meetings.data.items.length === 0 ? (
              <p>{t('missions.meetings.empty')}</p>
            ) : (
              <ul className="match-list">
                {meetings.data.items.map((meeting) => (
                  <MeetingCard key={meeting.meetingId} mission={mission} meeting={meeting} slots={upcoming} onChanged={changed} />
                ))}
              </ul>
            )}
            <CursorPager label={t('missions.meetings.paging')} pages={pages} shown={meetings.data.items.length} nextCursor={meetings.data.nextCursor} />
          </>
        )}
      </section>
      {mission.status === 'selection-published' && <RequestMeetingForm mission={mission} slots={upcoming} onRequested={changed} />}
      <ParticipantCalendars mission={mission} />
    </>
  );
}
