/*
 * The call window is an instant pair in the API (ISO 8601, UTC) and a pair of `datetime-local`
 * inputs in the form, which hold the person's own local time without a zone.
 */

/** A `datetime-local` value (`2027-01-15T09:00`) as an ISO instant; anything unreadable goes to the API as typed, which names the field. */
export function instantOfLocal(value: string): string {
  const parsed = new Date(value);
  return value !== '' && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : value;
}

/** An ISO instant as a `datetime-local` value in the browser's time zone (minutes precision). */
export function localOfInstant(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return '';
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}
