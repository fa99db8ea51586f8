/**
 * What the page that navigated here wants said ("Published.", "Draft deleted."), carried in the
 * router's state; an empty string when there is nothing (the live region stays, silent).
 */
export function announcementIn(state: unknown): string {
  return typeof state === 'object' && state !== null && 'announcement' in state && typeof state.announcement === 'string' ? state.announcement : '';
}
