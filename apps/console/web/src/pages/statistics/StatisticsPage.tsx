import { useState } from 'react';
import { Route, Routes, useNavigate, useParams, useSearchParams } from 'react-router';
import type { MembershipSchemas } from '../../api/clients';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/FormField';
import { NotFound } from '../../components/NotFound';
import { PageHeader } from '../../components/PageHeader';
import { t } from '../../i18n/catalogue';
import { ClusterStatistics } from './ClusterStatistics';
import { NetworkStatistics } from './NetworkStatistics';
import { useYearStatistics } from './use-year-statistics';

/** The first year the network kept these figures; the year picker offers every year since. */
const FIRST_YEAR = 2015;
const NETWORK = '';

function yearFrom(value: string | null, currentYear: number): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= currentYear + 1 ? year : currentYear;
}

interface FiguresChoiceProps {
  year: number;
  clusterId: string;
  years: readonly number[];
  clusters: readonly MembershipSchemas['schemas']['ClusterResponse'][];
  onShow: (clusterId: string, year: number) => void;
}

/**
 * The year and the view, applied with a button rather than on change, so moving through a select's
 * options with the keyboard does not reload the page under the person's focus (WCAG 3.2.2).
 */
function FiguresChoice({ year, clusterId, years, clusters, onShow }: FiguresChoiceProps) {
  const [chosenYear, setChosenYear] = useState(String(year));
  const [chosenCluster, setChosenCluster] = useState(clusterId);
  const listed = chosenCluster === NETWORK || clusters.some((cluster) => cluster.clusterId === chosenCluster);
  return (
    <form
      className="toolbar"
      aria-label={t('statistics.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        onShow(chosenCluster, Number(chosenYear));
      }}
    >
      <SelectField
        label={t('statistics.year')}
        name="year"
        value={chosenYear}
        onChange={(event) => setChosenYear(event.target.value)}
        options={years.map((value) => ({ value: String(value), label: String(value) }))}
      />
      <SelectField
        label={t('statistics.view')}
        name="clusterId"
        value={chosenCluster}
        onChange={(event) => setChosenCluster(event.target.value)}
        options={[
          { value: NETWORK, label: t('statistics.view.network') },
          ...(listed ? [] : [{ value: chosenCluster, label: chosenCluster }]),
          ...clusters.map((cluster) => ({ value: cluster.clusterId, label: cluster.name })),
        ]}
      />
      <button type="submit" className="primary">
        {t('statistics.show')}
      </button>
    </form>
  );
}

/**
 * The network's and each cluster's year: consortia (consortia's yearly report) and the ICN
 * Passport (matchmaking's), as charts with their tables. The year is in the address (?year=), the
 * cluster in the path (/statistics/clusters/:clusterId), so a view can be shared as a link.
 */
function StatisticsView() {
  const { clusterId = NETWORK } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const currentYear = new Date().getFullYear();
  const year = yearFrom(search.get('year'), currentYear);
  const figures = useYearStatistics(year);
  const clusterName = figures.status === 'done' ? (figures.data.clusterNames.get(clusterId) ?? clusterId) : clusterId;

  const clusters = figures.status === 'done' ? figures.data.clusters : [];
  const known = clusterId === NETWORK || clusters.some((cluster) => cluster.clusterId === clusterId);
  const shown = figures.status === 'done' && figures.data.year === year;
  return (
    <>
      <PageHeader title={clusterId === NETWORK ? t('statistics.title', { year }) : t('statistics.clusterTitle', { cluster: clusterName, year })} />
      <FiguresChoice
        key={`${clusterId}|${year}`}
        year={year}
        clusterId={clusterId}
        years={Array.from({ length: currentYear - FIRST_YEAR + 1 }, (_, index) => currentYear - index)}
        clusters={clusters}
        onShow={(nextClusterId, nextYear) =>
          void navigate(nextClusterId === NETWORK ? `/statistics?year=${nextYear}` : `/statistics/clusters/${encodeURIComponent(nextClusterId)}?year=${nextYear}`)
        }
      />
      <p aria-live="polite" className="live-status">
        {shown ? t('statistics.loaded', { year }) : figures.status === 'failed' ? '' : t('statistics.loading', { year })}
      </p>
      {figures.status === 'failed' && <ErrorMessage error={figures.error} onRetry={figures.reload} />}
      {figures.status === 'done' && !known && <p>{t('statistics.unknownCluster', { clusterId })}</p>}
      {figures.status === 'done' &&
        known &&
        (clusterId === NETWORK ? <NetworkStatistics figures={figures.data} /> : <ClusterStatistics figures={figures.data} clusterId={clusterId} />)}
    </>
  );
}

export default function StatisticsPage() {
  return (
    <Routes>
      <Route index element={<StatisticsView />} />
      <Route path="clusters/:clusterId" element={<StatisticsView />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
