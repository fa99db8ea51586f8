/** Texts of the matchmaking page. */
export const matchmaking = {
  'nav.matchmaking': 'Matchmaking',
} as const;
