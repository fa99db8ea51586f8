import { ValidateBy, type ValidationOptions } from 'class-validator';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for `YYYY-MM-DD` naming a day that exists (2028-02-29 yes, 2026-02-30 and 2026-13-01 no). */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const parts = CALENDAR_DATE.exec(value);
  if (parts === null) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls an impossible day over into the next month (Feb 30 → Mar 2): a day that exists comes back unchanged.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar day in a request body (`YYYY-MM-DD`), checked to exist — a pattern alone let
 * 2026-02-30 through into commands, events and calendars. Event payloads keep the plain pattern so
 * that records already published stay readable; what enters through the API is checked here.
 */
export function IsCalendarDate(validationOptions: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a day that exists, as YYYY-MM-DD`,
      },
    },
    validationOptions,
  );
}
