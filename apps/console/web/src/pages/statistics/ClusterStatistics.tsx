import { BarChart } from '../../components/BarChart';
import { format, t } from '../../i18n/catalogue';
import { consortiumOutcomeBars, passportStageBars } from './statistics-bars';
import { SuccessRate } from './SuccessRate';
import type { YearStatistics } from './use-year-statistics';

/** One cluster's year: the consortia it took part in, and the Passport as host and as the applicants' home. */
export function ClusterStatistics({ figures, clusterId }: { figures: YearStatistics; clusterId: string }) {
  const { year, consortia, passport } = figures;
  const cluster = figures.clusterNames.get(clusterId) ?? clusterId;
  const consortiumRow = consortia.byCluster.find((row) => row.clusterId === clusterId);
  const asHost = passport.byHostCluster.find((row) => row.clusterId === clusterId);
  const asHome = passport.byHomeCluster.find((row) => row.clusterId === clusterId);
  return (
    <>
      <section aria-labelledby="statistics-consortia">
        <h2 id="statistics-consortia">{t('statistics.consortia.title')}</h2>
        {consortiumRow === undefined || consortiumRow.submissions === 0 ? (
          <p>{t('statistics.consortia.noneForCluster', { cluster, year })}</p>
        ) : (
          <>
            <dl className="facts">
              <dt>{t('statistics.consortia.clusterEurGranted', { cluster })}</dt>
              <dd>{format.euros(consortiumRow.eurGranted)}</dd>
              <dt>{t('statistics.consortia.successRate')}</dt>
              <dd>
                <SuccessRate percent={consortiumRow.successRatePercent} />
              </dd>
            </dl>
            <BarChart title={t('statistics.consortia.clusterByOutcome', { cluster, year })} bars={consortiumOutcomeBars(consortiumRow)} />
          </>
        )}
      </section>

      <section aria-labelledby="statistics-passport">
        <h2 id="statistics-passport">{t('statistics.passport.title')}</h2>
        <div className="grid-2">
          {asHost === undefined ? (
            <p>{t('statistics.passport.noneAsHost', { cluster, year })}</p>
          ) : (
            <BarChart title={t('statistics.passport.asHost', { cluster, year })} bars={passportStageBars(asHost)} />
          )}
          {asHome === undefined ? (
            <p>{t('statistics.passport.noneAsHome', { cluster, year })}</p>
          ) : (
            <BarChart title={t('statistics.passport.asHome', { cluster, year })} bars={passportStageBars(asHome)} />
          )}
        </div>
      </section>
    </>
  );
}
