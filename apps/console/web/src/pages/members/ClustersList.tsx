import { Link, Navigate } from 'react-router';
import { useUser } from '../../app/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { t } from '../../i18n/catalogue';
import { clusterStatusLabel, sectorLabel } from './labels';
import { MembersNav } from './MembersNav';
import { useClusters } from './use-clusters';

/** The network's clusters (the secretariat's view; a cluster manager is taken to their own cluster). */
export function ClustersList() {
  const user = useUser();
  const clusters = useClusters();
  if (user.role !== 'network-admin') return <Navigate to={`/members/clusters/${user.clusterId ?? ''}`} replace />;
  return (
    <>
      <PageHeader title={t('members.clusters.title')}>
        <Link to="/members/clusters/new" className="button primary">
          {t('members.clusters.register')}
        </Link>
      </PageHeader>
      <MembersNav />
      {clusters.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
      {clusters.status === 'failed' && <ErrorMessage error={clusters.error} onRetry={clusters.reload} />}
      {clusters.status === 'done' && (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('members.clusters.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.cluster.name')}</th>
                <th scope="col">{t('members.field.country')}</th>
                <th scope="col">{t('members.cluster.focusSectors')}</th>
                <th scope="col">{t('members.field.status')}</th>
              </tr>
            </thead>
            <tbody>
              {clusters.data.map((cluster) => (
                <tr key={cluster.clusterId}>
                  <th scope="row">
                    <Link to={`/members/clusters/${cluster.clusterId}`}>{cluster.name}</Link>
                    {cluster.secretariat && <span className="meta"> · {t('members.cluster.secretariat')}</span>}
                  </th>
                  <td>{cluster.country}</td>
                  <td>{cluster.focusSectors.map(sectorLabel).join(', ')}</td>
                  <td>
                    <StatusBadge status={cluster.status} label={clusterStatusLabel(cluster.status)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
