import { ConfigResourceTypes, ConfigSource, type Admin } from 'kafkajs';

/** How a topic is laid out on the cluster, as far as the platform cares. */
export interface TopicLayout {
  topic: string;
  partitions: number;
  /** The fewest replicas any of its partitions has: what a broker failure leaves is bounded by it. */
  replicationFactor: number;
  minInsyncReplicas: number;
  /** True when the topic sets no min.insync.replicas of its own and the broker's default applies. */
  minInsyncReplicasFromBroker: boolean;
}

const MIN_INSYNC_REPLICAS = 'min.insync.replicas';

/** Partitions, replication and min.insync.replicas of each topic (all of which must exist). */
export async function describeTopicLayouts(admin: Admin, topics: readonly string[]): Promise<TopicLayout[]> {
  const [{ topics: metadata }, configs] = await Promise.all([
    admin.fetchTopicMetadata({ topics: [...topics] }),
    admin.describeConfigs({
      includeSynonyms: false,
      resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: [MIN_INSYNC_REPLICAS] })),
    }),
  ]);
  return topics.map((topic) => {
    const partitions = metadata.find((entry) => entry.name === topic)?.partitions ?? [];
    const entry = configs.resources.find((resource) => resource.resourceName === topic)?.configEntries.find((config) => config.configName === MIN_INSYNC_REPLICAS);
    if (partitions.length === 0 || entry === undefined) throw new Error(`topic ${topic}: the cluster described no partitions or no ${MIN_INSYNC_REPLICAS}`);
    return {
      topic,
      partitions: partitions.length,
      replicationFactor: Math.min(...partitions.map((partition) => partition.replicas.length)),
      minInsyncReplicas: Number(entry.configValue),
      // Not `isDefault`: a value the brokers' configuration sets is not a default in that sense, yet not the topic's own either.
      minInsyncReplicasFromBroker: entry.configSource !== ConfigSource.TOPIC_CONFIG,
    };
  });
}
