import { ALL_TOPICS, deadLetterTopicOf } from '@icn/contracts';
import type { TopicAdmin } from '../kafka/topic-admin';
import { findTopicDrift, type TopicDrift, type WantedTopicLayout } from './topic-drift';
import { describeTopicLayouts, type TopicLayout } from './topic-layout';

/** Every topic of the platform (@icn/contracts' Topics) followed by its dead-letter topic. */
export function platformTopicNames(topics: readonly string[] = ALL_TOPICS): string[] {
  return topics.flatMap((topic) => [topic, deadLetterTopicOf(topic)]);
}

export interface TopicProvisioning {
  /** Topics this run created (the others existed). */
  created: string[];
  layouts: TopicLayout[];
  drift: TopicDrift[];
}

/**
 * Creates the missing topics and their `.dlq`s as configured, the same way a service does at start-up
 * (so the services later find them and create nothing), then describes every one of them and lists
 * how those that existed differ from the configuration: creation never alters an existing topic.
 */
export async function provisionTopics(admin: TopicAdmin, wanted: WantedTopicLayout, topics: readonly string[] = ALL_TOPICS): Promise<TopicProvisioning> {
  const created = await admin.ensureTopics(topics, wanted.partitions, { replicationFactor: wanted.replicationFactor, minInsyncReplicas: wanted.minInsyncReplicas });
  const layouts = await admin.withAdmin((kafkaAdmin) => describeTopicLayouts(kafkaAdmin, platformTopicNames(topics)));
  return { created, layouts, drift: findTopicDrift(layouts, wanted) };
}

/** One line per topic, then one per difference: what the topics Job prints. */
export function describeProvisioning(result: TopicProvisioning): string[] {
  const created = new Set(result.created);
  const lines = result.layouts.map((layout) => {
    const minInsync = `min.insync.replicas=${layout.minInsyncReplicas}${layout.minInsyncReplicasFromBroker ? ' (broker default)' : ''}`;
    return `${created.has(layout.topic) ? 'created' : 'exists '} ${layout.topic} partitions=${layout.partitions} replicas=${layout.replicationFactor} ${minInsync}`;
  });
  return [...lines, ...result.drift.map((drift) => `${drift.kind === 'shortfall' ? 'SHORTFALL' : 'note'}: ${drift.topic} ${drift.message}`)];
}
