/** Texts of the consortia page. */
export const consortia = {
  'nav.consortia': 'Consortia',
} as const;
