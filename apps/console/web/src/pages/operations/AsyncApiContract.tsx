import { useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/FormField';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useAsync } from '../../components/use-async';
import { format, t } from '../../i18n/catalogue';
import { summariseAsyncApi, type AsyncApiSummary, type ChannelSummary } from './asyncapi-summary';
import { serviceLabel } from './service-label';
import { SERVICES, type ServiceName } from './service-status';

/** Each service serves the event contract at /asyncapi.json (read defensively: see summariseAsyncApi). */
const DOCUMENTS: Readonly<Record<ServiceName, () => Promise<unknown>>> = {
  membership: () => expectOk(api.membership.GET('/asyncapi.json')),
  matchmaking: () => expectOk(api.matchmaking.GET('/asyncapi.json')),
  opportunities: () => expectOk(api.opportunities.GET('/asyncapi.json')),
  consortia: () => expectOk(api.consortia.GET('/asyncapi.json')),
};

function isServiceName(value: string): value is ServiceName {
  return SERVICES.some((service) => service === value);
}

function Channel({ channel }: { channel: ChannelSummary }) {
  return (
    <details className="operations-channel">
      <summary>
        <code className="operations-code">{channel.address}</code> <span className="meta">{t('operations.contract.messageCount', { count: format.number(channel.messages.length) })}</span>
      </summary>
      {channel.description !== undefined && <p>{channel.description}</p>}
      <ScrollRegion label={t('operations.contract.messagesCaption', { address: channel.address })}>
        <table>
          <caption className="visually-hidden">{t('operations.contract.messagesCaption', { address: channel.address })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('operations.contract.eventType')}</th>
              <th scope="col">{t('operations.contract.name')}</th>
              <th scope="col">{t('operations.contract.summary')}</th>
              <th scope="col">{t('operations.contract.payload')}</th>
            </tr>
          </thead>
          <tbody>
            {channel.messages.map((message) => (
              <tr key={message.id}>
                <th scope="row">
                  <code className="operations-code">{message.id}</code>
                </th>
                <td>{message.name ?? '—'}</td>
                <td>{message.summary ?? '—'}</td>
                <td>{message.payloadSchema !== undefined ? <code className="operations-code">{message.payloadSchema}</code> : (message.payloadDescription ?? t('operations.contract.noSchema'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </details>
  );
}

function Contract({ summary }: { summary: AsyncApiSummary }) {
  return (
    <>
      <h3>{t('operations.contract.heading', { title: summary.title, version: summary.version })}</h3>
      <p className="meta">{t('operations.contract.spec', { version: summary.specVersion, channels: format.number(summary.channels.length) })}</p>
      {summary.description !== undefined && <p>{summary.description}</p>}
      {summary.channels.map((channel) => (
        <Channel key={channel.id} channel={channel} />
      ))}
    </>
  );
}

/** A service's AsyncAPI document, readable: channels, their messages and payload schemas; the raw JSON one link away. */
export function AsyncApiContract() {
  const [service, setService] = useState<ServiceName>('membership');
  const document = useAsync(DOCUMENTS[service], service);
  const summary = document.status === 'done' ? summariseAsyncApi(document.data) : undefined;
  return (
    <>
      <div className="toolbar">
        <SelectField
          label={t('operations.contract.service')}
          name="service"
          value={service}
          onChange={(event) => {
            if (isServiceName(event.target.value)) setService(event.target.value);
          }}
          options={SERVICES.map((value) => ({ value, label: serviceLabel(value) }))}
        />
        <p>
          <a href={`/api/${service}/asyncapi.json`}>{t('operations.contract.raw', { service: serviceLabel(service) })}</a>
        </p>
      </div>
      <p aria-live="polite" className="live-status">
        {document.status === 'loading' ? t('operations.contract.loading') : ''}
      </p>
      {document.status === 'failed' && <ErrorMessage error={document.error} onRetry={document.reload} />}
      {document.status === 'done' && (summary === undefined ? <p>{t('operations.contract.notAsyncApi')}</p> : <Contract summary={summary} />)}
    </>
  );
}
