import { randomUUID } from 'node:crypto';
import type { CommittedContract, EmittedMessage } from './committed-contract';

const TYPE = 'org.icn.membership.organisation.left.v1';
const TOPIC = 'icn.membership.organisation.v1';

/**
 * The check is only worth something if it can fail: a conforming event must pass and each of the
 * defects the contract forbids must be caught (a validator that ignored formats, say, would have
 * let the old `ntf_` notification ids through). Throws if the validator is not that strict.
 */
export function proveTheValidatorRejects(contract: CommittedContract): void {
  const organisationId = randomUUID();
  const event = {
    specversion: '1.0',
    id: randomUUID(),
    source: '/icn/membership',
    type: TYPE,
    subject: organisationId,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    correlationid: randomUUID(),
    subjectsequence: 3,
    data: { organisationId, clusterId: 'clean', leftAt: new Date().toISOString() },
  };
  const message = (value: object, headers: Record<string, string> = {}): EmittedMessage => ({
    topic: TOPIC,
    partition: 0,
    offset: '0',
    key: organisationId,
    value: JSON.stringify(value),
    headers: { 'content-type': 'application/cloudevents+json', ce_type: TYPE, ce_id: event.id, ...headers },
  });
  const conforming = contract.violations(message(event));
  if (conforming.length > 0) throw new Error(`validator self-check: a conforming ${TYPE} was rejected: ${conforming.join('; ')}`);
  const { subjectsequence, ...withoutSequence } = event;
  const defects: [string, EmittedMessage][] = [
    ['an id that is not a UUID', message({ ...event, id: 'ntf_0123456789abcdef0123456789abcdef' })],
    ['a ce_id header that is not a UUID', message(event, { ce_id: 'ntf_0123456789abcdef0123456789abcdef' })],
    ['the legacy integer sequence instead of subjectsequence', message({ ...withoutSequence, sequence: subjectsequence })],
    ['no subjectsequence at all', message(withoutSequence)],
    ['a time that is no date-time', message({ ...event, time: 'yesterday' })],
    ['an unknown data property', message({ ...event, data: { ...event.data, forged: true } })],
    ['a data property of the wrong format', message({ ...event, data: { ...event.data, leftAt: 'soon' } })],
    ['a type without a committed schema', message({ ...event, type: 'org.icn.membership.organisation.vanished.v1' })],
  ];
  const accepted = defects.filter(([, defective]) => contract.violations(defective).length === 0).map(([name]) => name);
  if (accepted.length > 0) throw new Error(`validator self-check: the contract check accepts ${accepted.join(', ')}`);
}
