import { format, t } from '../../i18n/catalogue';

/** Granted over submitted, in percent; null when nothing was submitted (a rate of nothing is not 0%). */
export function SuccessRate({ percent }: { percent: number | null }) {
  return <>{percent === null ? t('statistics.consortia.noSuccessRate') : t('statistics.consortia.successRateValue', { percent: format.number(percent) })}</>;
}
