/** Texts of the statistics page. */
export const statistics = {
  'nav.statistics': 'Statistics',
} as const;
