import type { ConsortiaSchemas, MatchmakingSchemas } from '../../api/clients';
import type { Bar } from '../../components/BarChart';
import { t } from '../../i18n/catalogue';

export type ConsortiumCounts = ConsortiaSchemas['schemas']['ConsortiumCountsResponse'];
export type PassportCounts = MatchmakingSchemas['schemas']['PassportCountsResponse'];

/** A year's consortia by how they ended so far: submitted first, then each outcome. */
export function consortiumOutcomeBars(counts: ConsortiumCounts): Bar[] {
  return [
    { label: t('statistics.consortia.submissions'), value: counts.submissions },
    { label: t('statistics.consortia.granted'), value: counts.granted },
    { label: t('statistics.consortia.reserveList'), value: counts.reserveList },
    { label: t('statistics.consortia.rejected'), value: counts.rejected },
    { label: t('statistics.consortia.withdrawn'), value: counts.withdrawn },
  ];
}

/** A year's Passport applications by the stages they reached, in the order a visit goes through them. */
export function passportStageBars(counts: PassportCounts): Bar[] {
  return [
    { label: t('statistics.passport.submitted'), value: counts.submitted },
    { label: t('statistics.passport.accepted'), value: counts.accepted },
    { label: t('statistics.passport.completed'), value: counts.completed },
    { label: t('statistics.passport.declined'), value: counts.declined },
    { label: t('statistics.passport.cancelled'), value: counts.cancelled },
  ];
}

/**
 * One bar per cluster row, labelled with the cluster's name (its id when the directory does not
 * know it), largest first so the chart reads as a ranking; rows whose value is 0 are left out.
 */
export function clusterBars<Row extends { clusterId: string }>(rows: readonly Row[], value: (row: Row) => number, clusterName: (clusterId: string) => string): Bar[] {
  return rows
    .map((row) => ({ label: clusterName(row.clusterId), value: value(row) }))
    .filter((bar) => bar.value > 0)
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}
