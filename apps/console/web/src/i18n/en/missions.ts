/** Texts of the missions page. */
export const missions = {
  'nav.missions': 'Missions',
} as const;
