import { useState } from 'react';
import { Route, Routes, useNavigate, useSearchParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { BarChart } from '../../components/BarChart';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/FormField';
import { NotFound } from '../../components/NotFound';
import { PageHeader } from '../../components/PageHeader';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useAsync } from '../../components/use-async';
import { format, t } from '../../i18n/catalogue';
import { helixTypeLabel } from '../opportunities/vocabulary';
import { FIGURE_ROWS, HELIX_KEYS, printableHref, type AnnualReport } from './annual-report-rows';

/** The network service holds figures from 2000 on; the picker offers the years since the network began. */
const FIRST_YEAR = 2015;

function yearFrom(value: string | null, currentYear: number): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= currentYear ? year : currentYear;
}

/** The year, applied with a button so moving through the options does not reload under the focus (WCAG 3.2.2). */
function YearChoice({ year, years, onShow }: { year: number; years: readonly number[]; onShow: (year: number) => void }) {
  const [chosen, setChosen] = useState(String(year));
  return (
    <form
      className="toolbar"
      aria-label={t('annualReport.choose')}
      onSubmit={(event) => {
        event.preventDefault();
        onShow(Number(chosen));
      }}
    >
      <SelectField label={t('annualReport.year')} name="year" value={chosen} onChange={(event) => setChosen(event.target.value)} options={years.map((value) => ({ value: String(value), label: String(value) }))} />
      <button type="submit" className="primary">
        {t('annualReport.show')}
      </button>
    </form>
  );
}

function Headline({ report }: { report: AnnualReport }) {
  const n = report.network;
  const figures: [string, string][] = [
    [t('annualReport.headline.passport'), format.number(n.passport.applications)],
    [t('annualReport.headline.programmes'), format.number(n.programmeApplications.forwarded)],
    [t('annualReport.headline.submissions'), format.number(n.consortia.submitted)],
    [t('annualReport.headline.eurGranted'), format.euros(n.eurGranted)],
    [t('annualReport.headline.clustersFunded'), format.number(n.clustersFunded)],
    [t('annualReport.headline.reserveLists'), format.number(n.consortia.reserveListed)],
  ];
  return (
    <dl className="annual-headline">
      {figures.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Every figure for the network and each cluster the caller may see (the API decides which). */
function FiguresTable({ report }: { report: AnnualReport }) {
  return (
    <ScrollRegion label={t('annualReport.table', { year: report.year })}>
      <table className="annual-figures">
        <caption>{t('annualReport.table', { year: report.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('annualReport.figure')}</th>
            <th scope="col">{t('annualReport.network')}</th>
            {report.clusters.map((cluster) => (
              <th scope="col" key={cluster.clusterId}>
                {cluster.clusterId}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {FIGURE_ROWS.map(([label, pick]) => (
            <tr key={label}>
              <th scope="row">{t(label)}</th>
              <td>{format.number(pick(report.network))}</td>
              {report.clusters.map((cluster) => (
                <td key={cluster.clusterId}>{format.number(pick(cluster))}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('annualReport.row.eurGranted')}</th>
            <td>{format.euros(report.network.eurGranted)}</td>
            {report.clusters.map((cluster) => (
              <td key={cluster.clusterId}>{format.euros(cluster.eurGranted)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function Programmes({ report }: { report: AnnualReport }) {
  if (report.programmes.length === 0) return <p>{t('annualReport.programmes.none')}</p>;
  return (
    <ScrollRegion label={t('annualReport.programmes.title')}>
      <table>
        <caption className="visually-hidden">{t('annualReport.programmes.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('annualReport.programmes.programme')}</th>
            <th scope="col">{t('annualReport.programmes.forwarded')}</th>
            <th scope="col">{t('annualReport.programmes.outcomes')}</th>
          </tr>
        </thead>
        <tbody>
          {report.programmes.map((programme) => (
            <tr key={programme.programmeTitle}>
              <th scope="row">{programme.programmeTitle}</th>
              <td>{format.number(programme.forwarded)}</td>
              <td>
                {Object.entries(programme.outcomes)
                  .map(([outcome, count]) => `${outcome}: ${format.number(count)}`)
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/**
 * The network's year in figures (issue 14), from the network service's annual report: the headline,
 * charts drawn here as on the printable page, a column per cluster the caller may see (every cluster
 * for the secretariat; a cluster's people their own besides the network's totals), and the printable
 * page itself for print or PDF. The year is in the address (?year=).
 */
function AnnualReportView() {
  const user = useUser();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const currentYear = new Date().getFullYear();
  const year = yearFrom(search.get('year'), currentYear);
  const report = useAsync(() => expectOk(api.network.GET('/annual-reports/{year}', { params: { path: { year: String(year) } } })), String(year));
  const shown = report.status === 'done' && report.data.year === year;
  return (
    <>
      <PageHeader title={t('annualReport.title', { year })}>
        <a className="button" href={printableHref(year)} target="_blank" rel="noopener">
          {t('annualReport.print')}
          <span className="visually-hidden"> {t('annualReport.newWindow')}</span>
        </a>
      </PageHeader>
      <YearChoice
        key={year}
        year={year}
        years={Array.from({ length: currentYear - FIRST_YEAR + 1 }, (_, index) => currentYear - index)}
        onShow={(next) => void navigate(`/annual-report?year=${next}`)}
      />
      <p aria-live="polite" className="live-status">
        {shown ? t('annualReport.loaded', { year }) : report.status === 'failed' ? '' : t('app.loading')}
      </p>
      <p>{t(user.role === 'network-admin' ? 'annualReport.scope.all' : 'annualReport.scope.own')}</p>
      {report.status === 'failed' && <ErrorMessage error={report.error} onRetry={report.reload} />}
      {report.status === 'done' && (
        <div className="annual-report" data-year={report.data.year} data-clusters={report.data.clusters.map((cluster) => cluster.clusterId).join(' ')}>
          <Headline report={report.data} />
          <div className="grid-2">
            <BarChart title={t('annualReport.chart.eur', { year: report.data.year })} bars={report.data.clusters.map((cluster) => ({ label: cluster.clusterId, value: cluster.eurGranted }))} formatValue={format.euros} />
            <BarChart
              title={t('annualReport.chart.members', { year: report.data.year })}
              bars={HELIX_KEYS.map((helix) => ({ label: helixTypeLabel(helix), value: report.data.network.members[helix] }))}
            />
          </div>
          <h2>{t('annualReport.perCluster')}</h2>
          <FiguresTable report={report.data} />
          <h2>{t('annualReport.programmes.title')}</h2>
          <Programmes report={report.data} />
        </div>
      )}
    </>
  );
}

export default function AnnualReportPage() {
  return (
    <Routes>
      <Route index element={<AnnualReportView />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
