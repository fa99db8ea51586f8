import { useUser } from '../../app/session';
import { t } from '../../i18n/catalogue';
import type { Mission } from './labels';
import { canActForOrganisation, canActForOwner, isOrganiserSide } from './mission-sides';

/**
 * Each participant's B2B schedule as an iCalendar file. The route needs the person's access token
 * like every other; through the console's /api proxy the session cookie supplies it, so a plain
 * download link works (no token in the address).
 */
export function ParticipantCalendars({ mission }: { mission: Mission }) {
  const user = useUser();
  const organiser = isOrganiserSide(user, mission);
  const base = `/api/matchmaking/missions/${encodeURIComponent(mission.missionId)}/agenda`;
  const delegates = (mission.selectedDelegates ?? []).filter((delegate) => organiser || canActForOrganisation(user, delegate));
  const owners = mission.localProjectOwners.filter((owner) => organiser || canActForOwner(user, mission, owner));
  if (delegates.length === 0 && owners.length === 0) return null;
  return (
    <section aria-labelledby="mission-calendars">
      <h2 id="mission-calendars">{t('missions.calendars.title')}</h2>
      <p className="hint">{t('missions.calendars.intro')}</p>
      <ul>
        {delegates.map((delegate) => (
          <li key={delegate.organisationId}>
            <a href={`${base}/delegates/${encodeURIComponent(delegate.organisationId)}.ics`} download={`${delegate.name}.ics`}>
              {t('missions.calendars.delegate', { name: delegate.name })}
            </a>
          </li>
        ))}
        {owners.map((owner) => (
          <li key={owner.ownerId}>
            <a href={`${base}/owners/${encodeURIComponent(owner.ownerId)}.ics`} download={`${owner.name}.ics`}>
              {t('missions.calendars.owner', { name: owner.name })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
