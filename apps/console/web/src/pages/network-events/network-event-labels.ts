import { format, t } from '../../i18n/catalogue';
import type { NetworkEvent, Registration } from './network-event-access';

/** A calendar date (YYYY-MM-DD, local to the event) read as a date, without moving it through a time zone. */
const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
export const eventDate = (day: string): string => dateFormat.format(new Date(`${day}T00:00:00Z`));

export const datesOf = (event: NetworkEvent): string => t('networkEvents.dates', { from: eventDate(event.from), to: eventDate(event.to), timeZone: event.timeZone });

export const placeOf = (event: NetworkEvent): string => t('networkEvents.place', { venue: event.place.venue, city: event.place.city, country: event.place.country });

export function registrationStatusOf(registration: Registration): string {
  if (registration.status === 'waiting') return t('networkEvents.registration.waiting', { rank: registration.waitingRank ?? '?' });
  const base = t(`networkEvents.registration.${registration.status}`);
  if (registration.attended === undefined) return base;
  return `${base}, ${registration.attended ? t('networkEvents.registration.attended') : t('networkEvents.registration.absent')}`;
}

export const registeredAtOf = (registration: Registration): string => format.dateTime(registration.registeredAt);

/** Badge colours by status; the word is always there too. */
export const EVENT_BADGE: Record<NetworkEvent['status'], string> = { scheduled: 'active', held: 'done', cancelled: 'disabled' };
export const REGISTRATION_BADGE: Record<Registration['status'], string> = { confirmed: 'active', waiting: 'pending', cancelled: 'disabled' };

/** The registrant's calendar file, through the console's proxy (the session's token goes with it). */
export const calendarHref = (eventId: string, registrationId: string): string =>
  `/api/network/network-events/${encodeURIComponent(eventId)}/registrations/${encodeURIComponent(registrationId)}/calendar.ics`;
