import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/catalogue';
import type { ConsoleRole } from './session';

/**
 * The console's pages: where each lives, which roles see it (the navigation hides the others and
 * the route refuses them — the services enforce the same rules on every call), and its code, which
 * loads only when the page is opened so the first page stays small.
 */
export interface Section {
  path: string;
  label: MessageKey;
  roles: readonly ConsoleRole[];
  load: () => Promise<{ default: ComponentType }>;
}

const EVERYONE: readonly ConsoleRole[] = ['network-admin', 'cluster-manager', 'member'];
const MANAGERS: readonly ConsoleRole[] = ['network-admin', 'cluster-manager'];

export const SECTIONS: readonly Section[] = [
  { path: 'feed', label: 'nav.feed', roles: EVERYONE, load: () => import('../pages/feed/FeedPage') },
  { path: 'opportunities', label: 'nav.opportunities', roles: EVERYONE, load: () => import('../pages/opportunities/OpportunitiesPage') },
  { path: 'subscriptions', label: 'nav.subscriptions', roles: EVERYONE, load: () => import('../pages/subscriptions/SubscriptionsPage') },
  { path: 'members', label: 'nav.members', roles: MANAGERS, load: () => import('../pages/members/MembersPage') },
  { path: 'organisation', label: 'nav.ownOrganisation', roles: ['member'], load: () => import('../pages/members/OwnOrganisationPage') },
  { path: 'matchmaking', label: 'nav.matchmaking', roles: EVERYONE, load: () => import('../pages/matchmaking/MatchmakingPage') },
  { path: 'passport', label: 'nav.passport', roles: EVERYONE, load: () => import('../pages/passport/PassportPage') },
  { path: 'missions', label: 'nav.missions', roles: EVERYONE, load: () => import('../pages/missions/MissionsPage') },
  { path: 'consortia', label: 'nav.consortia', roles: EVERYONE, load: () => import('../pages/consortia/ConsortiaPage') },
  { path: 'partners', label: 'nav.partners', roles: EVERYONE, load: () => import('../pages/partners/PartnersPage') },
  { path: 'applications', label: 'nav.applications', roles: EVERYONE, load: () => import('../pages/applications/ApplicationsPage') },
  { path: 'network-events', label: 'nav.networkEvents', roles: EVERYONE, load: () => import('../pages/network-events/NetworkEventsPage') },
  { path: 'annual-report', label: 'nav.annualReport', roles: EVERYONE, load: () => import('../pages/annual-report/AnnualReportPage') },
  { path: 'statistics', label: 'nav.statistics', roles: EVERYONE, load: () => import('../pages/statistics/StatisticsPage') },
  { path: 'operations', label: 'nav.operations', roles: ['network-admin'], load: () => import('../pages/operations/OperationsPage') },
];

export function sectionsFor(role: ConsoleRole): readonly Section[] {
  return SECTIONS.filter((section) => section.roles.includes(role));
}
