/**
 * Which feed items the person has read, per subscription, kept in this browser (the platform has
 * no read state: a feed is the subscription's, shared by everyone who manages it, while having
 * read an item is one person's). `upTo`: everything at or below this feed position is read
 * ("Mark all as read"); `items`: opportunities read one by one, at the position they were read.
 */
export interface ReadMarks {
  upTo: number;
  items: Readonly<Record<string, number>>;
}

export const NO_READ_MARKS: ReadMarks = { upTo: 0, items: {} };

/** Enough for any feed a person reads item by item; older marks are below `upTo` or no longer shown. */
const MAX_ITEM_MARKS = 500;

const storageKey = (subscriptionId: string) => `icn.console.feed.read.${subscriptionId}`;

export function loadReadMarks(subscriptionId: string): ReadMarks {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(storageKey(subscriptionId)) ?? 'null');
    if (typeof stored !== 'object' || stored === null || !('upTo' in stored) || !('items' in stored)) return NO_READ_MARKS;
    const { upTo, items } = stored;
    if (typeof upTo !== 'number' || typeof items !== 'object' || items === null) return NO_READ_MARKS;
    const marks = Object.fromEntries(Object.entries(items).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
    return { upTo, items: marks };
  } catch {
    // Storage disabled or a value written by something else: start with nothing read.
    return NO_READ_MARKS;
  }
}

export function saveReadMarks(subscriptionId: string, marks: ReadMarks): void {
  const newest = Object.entries(marks.items)
    .filter(([, seq]) => seq > marks.upTo)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_ITEM_MARKS);
  try {
    window.localStorage.setItem(storageKey(subscriptionId), JSON.stringify({ upTo: marks.upTo, items: Object.fromEntries(newest) }));
  } catch {
    // Storage full or disabled: read marks last as long as the page.
  }
}

/** Read: at or below "all read", or read itself at (or after) its newest notification. */
export function isRead(marks: ReadMarks, opportunityId: string, seq: number): boolean {
  return seq <= marks.upTo || seq <= (marks.items[opportunityId] ?? 0);
}
