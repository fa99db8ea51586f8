const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Which reminder is due for a deadline now: the most urgent lead time whose moment has come
 * (deadline − days ≤ now < deadline). Only that one — when the service was down through the
 * 14-day moment and it is now 2 days before, the subscriber gets the 3-day reminder, not both.
 */
export function dueReminder(deadline: Date, now: Date, leadDays: readonly number[]): number | undefined {
  if (now.getTime() >= deadline.getTime()) return undefined;
  const due = leadDays.filter((days) => deadline.getTime() - days * DAY_MS <= now.getTime());
  return due.length === 0 ? undefined : Math.min(...due);
}

/** The reminder scan's horizon: follows whose deadline is within the longest lead time. */
export function reminderHorizon(now: Date, leadDays: readonly number[]): Date {
  return new Date(now.getTime() + Math.max(0, ...leadDays) * DAY_MS);
}
