import { ScrollRegion } from '../../components/ScrollRegion';
import { format, t } from '../../i18n/catalogue';
import { serviceLabel } from './service-label';
import { networkDeadLetterTopics, type ServiceSignals } from './service-signals';
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

/** What every dead-letter topic stores now, as the brokers report it to the services that consume its topic. */
function StoredDeadLetters({ statuses }: { statuses: readonly ServiceStatus[] }) {
  const signals = statuses.flatMap((status): ServiceSignals[] => (status.metrics.state === 'read' ? [status.metrics.signals] : []));
  const topics = networkDeadLetterTopics(signals);
  if (topics.length === 0) return <p>{t('operations.deadLetters.storedUnknown')}</p>;
  const waiting = topics.filter((entry) => entry.messages > 0);
  return (
    <>
      <p>
        {waiting.length === 0
          ? t('operations.deadLetters.storedNone', { topics: format.number(topics.length) })
          : t('operations.deadLetters.storedSome', { messages: format.number(waiting.reduce((sum, entry) => sum + entry.messages, 0)), topics: format.number(waiting.length) })}
      </p>
      <ScrollRegion label={t('operations.deadLetters.storedCaption')}>
        <table>
          <caption>{t('operations.deadLetters.storedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('operations.deadLetters.deadLetterTopic')}</th>
              <th scope="col">{t('operations.deadLetters.stored')}</th>
            </tr>
          </thead>
          <tbody>
            {topics.map((entry) => (
              <tr key={entry.topic}>
                <th scope="row">
                  <code className="operations-code">{entry.topic}</code>
                </th>
                <td>{format.number(entry.messages)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

export function DeadLetters({ statuses }: { statuses: readonly ServiceStatus[] }) {
  return (
    <>
      <StoredDeadLetters statuses={statuses} />
      <h3>{t('operations.deadLetters.sinceStartTitle')}</h3>
      <p>{t('operations.deadLetters.sinceStartHint')}</p>
      {statuses.map((status) => (
        <ServiceDeadLetters key={status.service} status={status} />
      ))}
    </>
  );
}
