/** Texts of the members page. */
export const members = {
  'nav.members': 'Members',
} as const;
