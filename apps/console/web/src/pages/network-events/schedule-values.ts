import type { NetworkSchemas } from '../../api/clients';
import { optionalNumberOf, textOf } from '../../components/form-values';

type ScheduleNetworkEvent = NetworkSchemas['schemas']['ScheduleNetworkEventDto'];
type EventKind = ScheduleNetworkEvent['kind'];

export const EVENT_KINDS = ['annual-meeting', 'workshop', 'networking-event'] as const satisfies readonly EventKind[];

/** The form's inputs; their names are the API's field paths, so a 400 lands under the right one. */
export const SCHEDULE_FIELDS = ['kind', 'title', 'description', 'hostClusterId', 'place.venue', 'place.city', 'place.country', 'from', 'to', 'timeZone', 'capacity'] as const;

/**
 * The body of POST /network-events. Values go as typed (a number field left empty is NaN, which the
 * API refuses naming `capacity`); the host is the manager's own cluster unless the secretariat chose one.
 */
export function scheduleBodyOf(data: FormData, ownClusterId: string | undefined): ScheduleNetworkEvent {
  const kind = textOf(data, 'kind');
  return {
    kind: EVENT_KINDS.find((value) => value === kind) ?? 'workshop',
    title: textOf(data, 'title'),
    description: textOf(data, 'description'),
    hostClusterId: data.has('hostClusterId') ? textOf(data, 'hostClusterId') : (ownClusterId ?? ''),
    place: { venue: textOf(data, 'place.venue'), city: textOf(data, 'place.city'), country: textOf(data, 'place.country').toUpperCase() },
    from: textOf(data, 'from'),
    to: textOf(data, 'to'),
    timeZone: textOf(data, 'timeZone'),
    capacity: optionalNumberOf(data, 'capacity') ?? Number.NaN,
  };
}
