/** Texts of the passport page. */
export const passport = {
  'nav.passport': 'ICN Passport',
} as const;
