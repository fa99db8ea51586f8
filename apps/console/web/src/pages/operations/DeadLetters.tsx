import { ScrollRegion } from '../../components/ScrollRegion';
import { format, t } from '../../i18n/catalogue';
import { serviceLabel } from './service-label';
import type { ServiceStatus } from './service-status';

/** One service's dead-lettered events by topic and reason, or a sentence saying there are none or why it is unknown. */
function ServiceDeadLetters({ status }: { status: ServiceStatus }) {
  const service = serviceLabel(status.service);
  if (status.metrics.state === 'unavailable') return <p>{t('operations.deadLetters.unavailable', { service, message: status.metrics.message })}</p>;
  const { deadLetters } = status.metrics.signals;
  if (deadLetters === undefined) return <p>{t('operations.deadLetters.notExposed', { service })}</p>;
  if (deadLetters.length === 0) return <p>{t('operations.deadLetters.none', { service })}</p>;
  return (
    <ScrollRegion label={t('operations.deadLetters.caption', { service })}>
      <table>
        <caption>{t('operations.deadLetters.caption', { service })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('operations.deadLetters.topic')}</th>
            <th scope="col">{t('operations.deadLetters.deadLetterTopic')}</th>
            <th scope="col">{t('operations.deadLetters.reason')}</th>
            <th scope="col">{t('operations.deadLetters.count')}</th>
          </tr>
        </thead>
        <tbody>
          {deadLetters.map((entry) => (
            <tr key={`${entry.topic} ${entry.reason}`}>
              <th scope="row">
                <code className="operations-code">{entry.topic}</code>
              </th>
              <td>
                <code className="operations-code">{`${entry.topic}.dlq`}</code>
              </td>
              <td>
                <code className="operations-code">{entry.reason}</code>
              </td>
              <td>{format.number(entry.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function DeadLetters({ statuses }: { statuses: readonly ServiceStatus[] }) {
  return (
    <>
      {statuses.map((status) => (
        <ServiceDeadLetters key={status.service} status={status} />
      ))}
    </>
  );
}
