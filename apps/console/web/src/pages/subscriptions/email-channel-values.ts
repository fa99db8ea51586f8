import type { OpportunitiesSchemas } from '../../api/clients';
import { checkedValuesOf, optionalNumberOf, textOf } from '../../components/form-values';
import { LANGUAGE } from '../../i18n/catalogue';

type EmailChannel = OpportunitiesSchemas['schemas']['EmailChannelDto'];
type EmailPriority = OpportunitiesSchemas['schemas']['EmailPriorityDto'];
export type EmailCadence = EmailChannel['cadence'];
export type CurrentEmailChannel = OpportunitiesSchemas['schemas']['EmailChannelResponse'];

export const EMAIL_CADENCES = ['instant', 'daily', 'weekly'] as const satisfies readonly EmailCadence[];

/** The e-mail inputs; their names are the API's field paths, so a 400 lands under the right one. */
export const EMAIL_FIELDS = [
  'channels.email',
  'channels.email.recipients',
  'channels.email.cadence',
  'channels.email.timeZone',
  'channels.email.hour',
  'channels.email.weekday',
  'channels.email.priority.deadlineWithinDays',
  'channels.email.priority.recommendedMinScore',
] as const;

/** The switch that turns the channel on; not an API field (the channel is there or not). */
export const EMAIL_SWITCH = 'channels.email.on';

/** A digest hour as a clock reads it (07:00). */
export const hourLabel = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;

/** 2024-01-01 was a Monday: ISO weekday n is that date plus n - 1 days, named in the console's language. */
export const weekdayName = (isoWeekday: number): string =>
  new Intl.DateTimeFormat(LANGUAGE, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, isoWeekday)));

const isCadence = (value: string): value is EmailCadence => EMAIL_CADENCES.some((cadence) => cadence === value);

/**
 * The channel as the form holds it, or undefined when switched off. Numbers go to the API as typed
 * (it judges them and names the field); an unknown cadence is sent as the API's default, instant,
 * only if the select was tampered with — the select offers nothing else.
 */
export function emailChannelOf(data: FormData): EmailChannel | undefined {
  if (data.get(EMAIL_SWITCH) !== 'on') return undefined;
  const cadence = textOf(data, 'channels.email.cadence');
  const weekday = optionalNumberOf(data, 'channels.email.weekday');
  const deadlineWithinDays = optionalNumberOf(data, 'channels.email.priority.deadlineWithinDays');
  const recommendedMinScore = optionalNumberOf(data, 'channels.email.priority.recommendedMinScore');
  const priority: EmailPriority = {
    ...(deadlineWithinDays !== undefined && { deadlineWithinDays }),
    ...(recommendedMinScore !== undefined && { recommendedMinScore }),
  };
  return {
    recipients: checkedValuesOf(data, 'channels.email.recipients'),
    cadence: isCadence(cadence) ? cadence : 'instant',
    timeZone: textOf(data, 'channels.email.timeZone'),
    hour: optionalNumberOf(data, 'channels.email.hour') ?? 0,
    // A weekday only means something for a weekly digest; the API refuses a weekly one without it.
    ...(weekday !== undefined && cadence === 'weekly' && { weekday }),
    ...(Object.keys(priority).length > 0 && { priority }),
  };
}

/**
 * The PATCH change of the channel: the whole channel when on (it replaces the stored one), null to
 * remove one that exists, nothing when it stays off.
 */
export function emailChangeOf(data: FormData, current: CurrentEmailChannel | undefined): { email?: EmailChannel | null } {
  const email = emailChannelOf(data);
  if (email !== undefined) return { email };
  return current !== undefined ? { email: null } : {};
}
