import type { EventDefinition } from '../envelope/event-definition';
import { deadLetterTopicOf, Topics, type TopicName } from '../topics';
import { DEAD_LETTER_MESSAGE_ID, KAFKA_BINDING_VERSION, messageIdOf } from './asyncapi-messages';

type AsyncApiObject = Record<string, unknown>;

export interface ChannelsAndOperations {
  channels: Record<string, AsyncApiObject>;
  operations: Record<string, AsyncApiObject>;
}

const TOPIC_NAME_PATTERN = /^icn\.([a-z][a-z0-9-]*)\.([a-z][a-z0-9-]*)\.v\d+$/;

/**
 * The service that owns (alone publishes to) a topic and the aggregate it streams, read from the
 * naming convention `icn.<service>.<aggregate>.v<n>`.
 */
export function topicPartsOf(topic: string): { service: string; aggregate: string } {
  const match = TOPIC_NAME_PATTERN.exec(topic);
  if (!match) throw new Error(`topic ${topic} does not follow icn.<service>.<aggregate>.v<n>`);
  return { service: match[1], aggregate: match[2] };
}

/** Channel ids are the `Topics` keys (`membershipOrganisation`), stable even if an address changes. */
function channelIdOf(topic: TopicName): string {
  const entry = Object.entries(Topics).find(([, name]) => name === topic);
  if (!entry) throw new Error(`topic ${topic} is not in Topics`);
  return entry[0];
}

const ref = (pointer: string) => ({ $ref: pointer });
const messageRef = (channelId: string, messageId: string) => ref(`#/channels/${channelId}/messages/${messageId}`);

/**
 * One channel per topic (its events) and one per dead-letter topic, each with the operation that
 * writes to it. The document describes the platform as the sending application; integrators are
 * the receivers, each with its own consumer group.
 */
export function buildChannelsAndOperations(topics: readonly TopicName[], catalog: readonly EventDefinition[]): ChannelsAndOperations {
  const result: ChannelsAndOperations = { channels: {}, operations: {} };
  for (const topic of topics) {
    const channelId = channelIdOf(topic);
    const { service, aggregate } = topicPartsOf(topic);
    const events = catalog.filter((definition) => definition.topic === topic);
    const messageIds = events.map(messageIdOf);
    result.channels[channelId] = {
      address: topic,
      title: topic,
      description:
        `Events of the ${service} service about each ${aggregate}, keyed by the ${aggregate} id so that one ` +
        `${aggregate}'s events stay in order (use \`subjectsequence\` to apply each exactly once). Integrators receive ` +
        `them with their own consumer group; unknown event types must be skipped, not rejected.`,
      messages: Object.fromEntries(messageIds.map((id) => [id, ref(`#/components/messages/${id}`)])),
      bindings: { kafka: { topic, bindingVersion: KAFKA_BINDING_VERSION } },
    };
    result.operations[`${channelId}.publish`] = {
      action: 'send',
      title: `${service} publishes ${topic}`,
      summary: `The ${service} service publishes these events (from its outbox, in aggregate order).`,
      description: 'Integrators receive them by subscribing to the channel address with their own consumer group.',
      channel: ref(`#/channels/${channelId}`),
      messages: messageIds.map((id) => messageRef(channelId, id)),
    };

    const dlqChannelId = `${channelId}DeadLetter`;
    const dlqTopic = deadLetterTopicOf(topic);
    result.channels[dlqChannelId] = {
      address: dlqTopic,
      title: dlqTopic,
      description: `Messages of ${topic} that a consumer could not process, with the reason in the headers. For operators.`,
      messages: { [DEAD_LETTER_MESSAGE_ID]: ref(`#/components/messages/${DEAD_LETTER_MESSAGE_ID}`) },
      bindings: { kafka: { topic: dlqTopic, bindingVersion: KAFKA_BINDING_VERSION } },
    };
    result.operations[`${dlqChannelId}.park`] = {
      action: 'send',
      title: `consumers of ${topic} dead-letter to ${dlqTopic}`,
      summary: 'A consumer parks a message here when it is invalid, or when its handler still fails after the retries.',
      channel: ref(`#/channels/${dlqChannelId}`),
      messages: [messageRef(dlqChannelId, DEAD_LETTER_MESSAGE_ID)],
    };
  }
  return result;
}
