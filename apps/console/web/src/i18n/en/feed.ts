/** Texts of the feed page. */
export const feed = {
  'nav.feed': 'Live feed',
} as const;
