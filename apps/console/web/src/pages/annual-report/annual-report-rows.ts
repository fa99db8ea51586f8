import type { NetworkSchemas } from '../../api/clients';
import type { MessageKey } from '../../i18n/catalogue';

export type AnnualReport = NetworkSchemas['schemas']['AnnualReportResponse'];
type Figures = NetworkSchemas['schemas']['ClusterFiguresResponse'] | NetworkSchemas['schemas']['NetworkFiguresResponse'];

/** The figures a column of the table shows, in the printable report's order (apps/network/src/annual-report/domain/report-html.ts). */
export const FIGURE_ROWS: readonly (readonly [MessageKey, (figures: Figures) => number])[] = [
  ['annualReport.row.members', (f) => f.members.total],
  ['annualReport.row.opportunities', (f) => f.opportunitiesShared],
  ['annualReport.row.passportApplications', (f) => f.passport.applications],
  ['annualReport.row.passportVisits', (f) => f.passport.visits],
  ['annualReport.row.programmeForwarded', (f) => f.programmeApplications.forwarded],
  ['annualReport.row.missionsOrganised', (f) => f.missions.organised],
  ['annualReport.row.missionDelegates', (f) => f.missions.delegates],
  ['annualReport.row.eventsHosted', (f) => f.events.hosted],
  ['annualReport.row.eventRegistrations', (f) => f.events.registrations],
  ['annualReport.row.eventAttendance', (f) => f.events.attended],
  ['annualReport.row.consortiaSubmitted', (f) => f.consortia.submitted],
  ['annualReport.row.consortiaGranted', (f) => f.consortia.granted],
  ['annualReport.row.consortiaReserveListed', (f) => f.consortia.reserveListed],
];

export const HELIX_KEYS = ['company', 'public-authority', 'research-institution', 'other'] as const;

/** The printable page of the same report, through the console's proxy (the session's token goes with it). */
export const printableHref = (year: number): string => `/api/network/annual-reports/${year}/report.html`;
