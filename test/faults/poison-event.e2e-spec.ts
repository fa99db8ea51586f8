import { randomUUID } from 'node:crypto';
import { CLOUD_EVENTS_CONTENT_TYPE, DeadLetterHeaders, deadLetterTopicOf, EventHeaders, OrganisationJoined, Topics, type CloudEvent } from '@icn/contracts';
import { DELIBERATELY_INVALID_HEADER } from '../contract/deliberately-invalid';
import { E2ePlatform } from '../support/e2e-platform';
import { organisationInput } from '../support/factories';
import { TopicTail, type TailedMessage } from '../support/topic-tail';
import { waitFor } from '../support/wait-for';

const TOPIC = Topics.membershipOrganisation;
const DLQ = deadLetterTopicOf(TOPIC);

/**
 * A poison message: an OrganisationJoined whose payload breaks the contract (an unknown helix type),
 * produced straight to the topic as a faulty or hostile producer would, followed on the SAME
 * partition by a valid event. The consumer must park the poison on the dead-letter topic with a
 * reason naming the bad field, and must not let it block the valid event behind it.
 */
describe('fault: poison event', () => {
  let platform: E2ePlatform;

  beforeAll(async () => {
    platform = await E2ePlatform.start('poison-event');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('dead-letters the invalid event and still applies the valid one after it', async () => {
    const poisonId = randomUUID();
    const validId = randomUUID();
    const poison = joinedEvent(platform.clusterId, poisonId, 0);
    const poisonData = poison.data as { organisation: Record<string, unknown> };
    poisonData.organisation['helixType'] = 'space-agency';
    const valid = joinedEvent(platform.clusterId, validId, 1);

    const dlq = await TopicTail.fromNow(platform.kafka, DLQ);
    const producer = platform.kafka.producer({ idempotent: true });
    await producer.connect();
    try {
      // Explicit partition: both on one partition, so "the poison does not block" is really tested.
      await producer.send({ topic: TOPIC, acks: -1, messages: [toMessage(poison, 0, { deliberatelyInvalid: true }), toMessage(valid, 0)] });
    } finally {
      await producer.disconnect();
    }

    const applied = await waitFor(
      async () => {
        const response = await platform.directory.getOrganisation(validId);
        return response.status === 200 ? response.body : undefined;
      },
      { timeoutMs: 60_000, description: 'the valid event applied behind the poison' },
    );
    expect(applied).toMatchObject({ organisationId: validId, clusterId: platform.clusterId, sync: { appliedEvents: 1, lastSequence: 1 } });

    const isOurs = (message: TailedMessage): boolean =>
      message.headers[EventHeaders.id] === poison.id && message.headers[DeadLetterHeaders.consumerGroup] === platform.consumerGroup;
    const parked = (await dlq.collect((messages) => messages.some(isOurs))).filter(isOurs);
    expect(parked).toHaveLength(1);
    const [deadLetter] = parked as [TailedMessage];
    console.log(`[e2e] poison event: x-dlq-reason="${deadLetter.headers[DeadLetterHeaders.reason]}"`);
    expect(deadLetter.headers[DeadLetterHeaders.reason]).toContain('helixType');
    expect(deadLetter.headers[DeadLetterHeaders.originalTopic]).toBe(TOPIC);
    expect(deadLetter.key).toBe(poisonId);
    expect(JSON.parse(deadLetter.value ?? '{}')).toEqual(poison); // parked byte for byte, replayable

    // The poison had no effect on the read model.
    expect((await platform.directory.getOrganisation(poisonId)).status).toBe(404);
    platform.markPassed();
  });
});

/** A well-formed OrganisationJoined as membership would publish it (structured-mode CloudEvent). */
function joinedEvent(clusterId: string, organisationId: string, n: number): CloudEvent<unknown> {
  const profile = organisationInput(clusterId, n, { name: `E2E poison neighbour ${n}` });
  const now = new Date().toISOString();
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: 'e2e-test',
    type: OrganisationJoined.type,
    subject: organisationId,
    time: now,
    datacontenttype: 'application/json',
    correlationid: randomUUID(),
    subjectsequence: 1,
    data: { organisation: { ...profile, organisationId, contacts: [], status: 'active', joinedAt: now } },
  };
}

function toMessage(
  event: CloudEvent<unknown>,
  partition: number,
  { deliberatelyInvalid = false } = {},
): { key: string; value: string; partition: number; headers: Record<string, string> } {
  return {
    key: event.subject,
    value: JSON.stringify(event),
    partition,
    headers: {
      [EventHeaders.contentType]: CLOUD_EVENTS_CONTENT_TYPE,
      [EventHeaders.type]: event.type,
      [EventHeaders.id]: event.id,
      // Not the platform's event: the emitted-events contract check counts it apart.
      ...(deliberatelyInvalid ? { [DELIBERATELY_INVALID_HEADER]: 'poison-event' } : {}),
    },
  };
}
