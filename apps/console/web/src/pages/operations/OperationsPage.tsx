import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { useAsync } from '../../components/use-async';
import { format, t } from '../../i18n/catalogue';
import { AsyncApiContract } from './AsyncApiContract';
import { DeadLetters } from './DeadLetters';
import { ServiceHealthTable } from './ServiceHealthTable';
import { loadAllServiceStatuses, type ServiceStatus } from './service-status';

/**
 * Operations (the secretariat only): each service's readiness through the console's proxy, its
 * dead-lettered events and consumer lag from /metrics, and the event contract it serves.
 */
export default function OperationsPage() {
  const [checkedAt, setCheckedAt] = useState<string>();
  const statuses = useAsync(async (): Promise<ServiceStatus[]> => {
    const loaded = await loadAllServiceStatuses();
    setCheckedAt(new Date().toISOString());
    return loaded;
  }, 'statuses');
  const refresh = () => {
    setCheckedAt(undefined);
    statuses.reload();
  };
  return (
    <>
      <PageHeader title={t('nav.operations')}>
        <button type="button" onClick={refresh}>
          {t('operations.refresh')}
        </button>
      </PageHeader>
      <p>{t('operations.intro')}</p>
      <p aria-live="polite" className="live-status">
        {checkedAt === undefined ? t('operations.checking') : t('operations.checkedAt', { time: format.dateTime(checkedAt) })}
      </p>

      <section aria-labelledby="operations-health">
        <h2 id="operations-health">{t('operations.health.title')}</h2>
        {statuses.status === 'done' && <ServiceHealthTable statuses={statuses.data} />}
        <p className="hint">{t('operations.health.metricsScope')}</p>
      </section>

      <section aria-labelledby="operations-dead-letters">
        <h2 id="operations-dead-letters">{t('operations.deadLetters.title')}</h2>
        {statuses.status === 'done' && <DeadLetters statuses={statuses.data} />}
      </section>

      <section aria-labelledby="operations-contract">
        <h2 id="operations-contract">{t('operations.contract.title')}</h2>
        <AsyncApiContract />
      </section>
    </>
  );
}
