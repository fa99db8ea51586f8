/** Texts of the operations page. */
export const operations = {
  'nav.operations': 'Operations',
} as const;
