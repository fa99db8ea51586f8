/** Texts of the opportunities page. */
export const opportunities = {
  'nav.opportunities': 'Opportunities',
} as const;
