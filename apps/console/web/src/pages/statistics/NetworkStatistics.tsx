import { BarChart } from '../../components/BarChart';
import { format, t } from '../../i18n/catalogue';
import { clusterBars, consortiumOutcomeBars, passportStageBars } from './statistics-bars';
import { SuccessRate } from './SuccessRate';
import type { YearStatistics } from './use-year-statistics';

/** The network's year: consortia by outcome and EUR granted per cluster; Passport by stage, visits per host cluster. */
export function NetworkStatistics({ figures }: { figures: YearStatistics }) {
  const { year, consortia, passport } = figures;
  const clusterName = (clusterId: string) => figures.clusterNames.get(clusterId) ?? clusterId;
  const eurByCluster = clusterBars(consortia.byCluster, (row) => row.eurGranted, clusterName);
  const submittedByCluster = clusterBars(consortia.byCluster, (row) => row.submissions, clusterName);
  const visitsByHost = clusterBars(passport.byHostCluster, (row) => row.completed, clusterName);
  const applicationsByHome = clusterBars(passport.byHomeCluster, (row) => row.submitted, clusterName);
  return (
    <>
      <section aria-labelledby="statistics-consortia">
        <h2 id="statistics-consortia">{t('statistics.consortia.title')}</h2>
        <p>{t('statistics.consortia.intro', { year })}</p>
        <dl className="facts">
          <dt>{t('statistics.consortia.eurGranted')}</dt>
          <dd>{format.euros(consortia.network.eurGranted)}</dd>
          <dt>{t('statistics.consortia.successRate')}</dt>
          <dd>
            <SuccessRate percent={consortia.network.successRatePercent} />
          </dd>
        </dl>
        {consortia.network.submissions === 0 ? (
          <p>{t('statistics.consortia.none', { year })}</p>
        ) : (
          <div className="grid-2">
            <BarChart title={t('statistics.consortia.byOutcome', { year })} bars={consortiumOutcomeBars(consortia.network)} />
            {eurByCluster.length > 0 && <BarChart title={t('statistics.consortia.eurByCluster', { year })} bars={eurByCluster} formatValue={format.euros} />}
            <BarChart title={t('statistics.consortia.submittedByCluster', { year })} bars={submittedByCluster} />
          </div>
        )}
        <p className="hint">{t('statistics.consortia.clusterNote')}</p>
      </section>

      <section aria-labelledby="statistics-passport">
        <h2 id="statistics-passport">{t('statistics.passport.title')}</h2>
        <p>{t('statistics.passport.intro', { year })}</p>
        {passport.network.submitted === 0 ? (
          <p>{t('statistics.passport.none', { year })}</p>
        ) : (
          <div className="grid-2">
            <BarChart title={t('statistics.passport.byStage', { year })} bars={passportStageBars(passport.network)} />
            {visitsByHost.length > 0 && <BarChart title={t('statistics.passport.visitsByHost', { year })} bars={visitsByHost} />}
            <BarChart title={t('statistics.passport.applicationsByHome', { year })} bars={applicationsByHome} />
          </div>
        )}
      </section>
    </>
  );
}
