import type { TopicLayout } from './topic-layout';

/** What the deployment asks for: KAFKA_TOPIC_PARTITIONS, _REPLICATION_FACTOR and _MIN_INSYNC_REPLICAS (0: the broker's default). */
export interface WantedTopicLayout {
  partitions: number;
  replicationFactor: number;
  minInsyncReplicas: number;
}

/**
 * A difference between a topic as it is and as configured. Creating a topic never changes one that
 * exists, so differences stay until someone acts. `shortfall`: the topic has less than configured —
 * fewer partitions (autoscaling is capped at the configured count, so replicas beyond the real one
 * would sit idle), fewer replicas or a lower min.insync.replicas (less durable than asked). `surplus`:
 * more than configured, harmless.
 */
export interface TopicDrift {
  topic: string;
  kind: 'shortfall' | 'surplus';
  message: string;
}

export function findTopicDrift(layouts: readonly TopicLayout[], wanted: WantedTopicLayout): TopicDrift[] {
  return layouts.flatMap((layout) => {
    const drift: TopicDrift[] = [];
    const { topic } = layout;
    if (layout.partitions < wanted.partitions) {
      drift.push({
        topic,
        kind: 'shortfall',
        message:
          `has ${layout.partitions} partitions, fewer than the ${wanted.partitions} configured: no more than ${layout.partitions} replicas of a consumer can share it. ` +
          `Add partitions (kafka-topics.sh --alter --topic ${topic} --partitions ${wanted.partitions}; keys then move to other partitions, see deploy/README.md) or configure ${layout.partitions}`,
      });
    } else if (layout.partitions > wanted.partitions) {
      drift.push({ topic, kind: 'surplus', message: `has ${layout.partitions} partitions, more than the ${wanted.partitions} configured` });
    }
    if (layout.replicationFactor < wanted.replicationFactor) {
      drift.push({
        topic,
        kind: 'shortfall',
        message: `has ${layout.replicationFactor} replicas, fewer than the ${wanted.replicationFactor} configured: add replicas with kafka-reassign-partitions.sh`,
      });
    } else if (layout.replicationFactor > wanted.replicationFactor) {
      drift.push({ topic, kind: 'surplus', message: `has ${layout.replicationFactor} replicas, more than the ${wanted.replicationFactor} configured` });
    }
    if (wanted.minInsyncReplicas > 0 && layout.minInsyncReplicas < wanted.minInsyncReplicas) {
      drift.push({
        topic,
        kind: 'shortfall',
        message:
          `has min.insync.replicas=${layout.minInsyncReplicas}, below the ${wanted.minInsyncReplicas} configured: ` +
          `kafka-configs.sh --alter --entity-type topics --entity-name ${topic} --add-config min.insync.replicas=${wanted.minInsyncReplicas}`,
      });
    } else if (wanted.minInsyncReplicas > 0 && layout.minInsyncReplicas > wanted.minInsyncReplicas) {
      drift.push({ topic, kind: 'surplus', message: `has min.insync.replicas=${layout.minInsyncReplicas}, above the ${wanted.minInsyncReplicas} configured` });
    }
    return drift;
  });
}
