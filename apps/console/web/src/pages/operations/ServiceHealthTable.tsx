import { ScrollRegion } from '../../components/ScrollRegion';
import { StatusBadge } from '../../components/StatusBadge';
import { format, t } from '../../i18n/catalogue';
import { serviceLabel } from './service-label';
import type { ServiceSignals } from './service-signals';
import type { HealthCheck, ServiceStatus } from './service-status';

function checkText(check: HealthCheck): string {
  return check.message === undefined
    ? t('operations.health.check', { name: check.name, status: check.status })
    : t('operations.health.checkWithMessage', { name: check.name, status: check.status, message: check.message });
}

function ReadinessCell({ status }: { status: ServiceStatus }) {
  const { readiness } = status;
  if (readiness.state === 'unreachable') {
    return (
      <>
        <StatusBadge status="unreachable" label={t('operations.health.unreachable')} />
        <p className="meta">{readiness.message}</p>
      </>
    );
  }
  return readiness.state === 'ready' ? <StatusBadge status="ready" label={t('operations.health.ready')} /> : <StatusBadge status="not-ready" label={t('operations.health.notReady')} />;
}

function ChecksCell({ status }: { status: ServiceStatus }) {
  const { readiness } = status;
  if (readiness.state === 'unreachable') return <>—</>;
  if (readiness.checks.length === 0) return <>{t('operations.health.noChecks')}</>;
  return (
    <ul className="operations-checks">
      {readiness.checks.map((check) => (
        <li key={check.name} className={check.status === 'up' ? undefined : 'operations-check-down'}>
          {checkText(check)}
        </li>
      ))}
    </ul>
  );
}

/** A figure from /metrics: the number, "not exposed" when the service has no such metric, or why it could not be read. */
function MetricCell({ status, value }: { status: ServiceStatus; value: (signals: ServiceSignals) => string | undefined }) {
  if (status.metrics.state === 'unavailable') return <>{t('operations.health.metricsUnavailable')}</>;
  return <>{value(status.metrics.signals) ?? t('operations.health.notExposed')}</>;
}

/** One row per service: is it ready, what it checked, and its event-processing figures. */
export function ServiceHealthTable({ statuses }: { statuses: readonly ServiceStatus[] }) {
  return (
    <ScrollRegion label={t('operations.health.caption')}>
      <table>
        <caption className="visually-hidden">{t('operations.health.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('operations.health.service')}</th>
            <th scope="col">{t('operations.health.readiness')}</th>
            <th scope="col">{t('operations.health.checks')}</th>
            <th scope="col">{t('operations.health.deadLettered')}</th>
            <th scope="col">{t('operations.health.consumerLag')}</th>
            <th scope="col">{t('operations.health.outboxBacklog')}</th>
          </tr>
        </thead>
        <tbody>
          {statuses.map((status) => (
            <tr key={status.service}>
              <th scope="row">{serviceLabel(status.service)}</th>
              <td>
                <ReadinessCell status={status} />
              </td>
              <td>
                <ChecksCell status={status} />
              </td>
              <td>
                <MetricCell status={status} value={(signals) => (signals.deadLetteredTotal === undefined ? undefined : format.number(signals.deadLetteredTotal))} />
              </td>
              <td>
                <MetricCell
                  status={status}
                  value={(signals) =>
                    signals.consumerLag === undefined
                      ? undefined
                      : signals.consumerLag.map((lag) => t('operations.health.lagByGroup', { group: lag.group, records: format.number(lag.records) })).join(', ') || format.number(0)
                  }
                />
              </td>
              <td>
                <MetricCell status={status} value={(signals) => (signals.outboxBacklog === undefined ? undefined : format.number(signals.outboxBacklog))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
