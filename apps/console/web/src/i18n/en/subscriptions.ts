/** Texts of the subscriptions page. */
export const subscriptions = {
  'nav.subscriptions': 'Subscriptions',
} as const;
