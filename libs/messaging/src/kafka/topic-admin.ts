import { deadLetterTopicOf } from '@icn/contracts';
import type { Admin, Kafka } from 'kafkajs';

export interface EnsureTopicsOptions {
  replicationFactor?: number;
  /** Also create `<topic>.dlq` for each topic (default true). */
  withDeadLetter?: boolean;
}

/**
 * Creates the platform's topics explicitly at start-up. Auto-creation is off on purpose: in KRaft
 * the first produce to a missing topic fails, and partition counts must be chosen, not defaulted.
 */
export class TopicAdmin {
  constructor(private readonly kafka: Kafka) {}

  /** Creates the missing topics (and their dead-letter topics); returns the names it created. */
  async ensureTopics(topics: readonly string[], partitions: number, options: EnsureTopicsOptions = {}): Promise<string[]> {
    const wanted = new Set(topics);
    if (options.withDeadLetter ?? true) {
      topics.forEach((topic) => wanted.add(deadLetterTopicOf(topic)));
    }
    return this.withAdmin(async (admin) => {
      const existing = new Set(await admin.listTopics());
      const missing = [...wanted].filter((topic) => !existing.has(topic));
      if (missing.length === 0) return [];
      try {
        await admin.createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: options.replicationFactor ?? 1 })),
        });
      } catch (error) {
        // Another replica (or test) may create the same topics at the same moment; that is success.
        if (!isAlreadyExists(error)) throw error;
      }
      return missing;
    });
  }

  /** Readiness probe: the cluster answers a metadata request. */
  async ping(): Promise<{ brokers: number; controller: number | null }> {
    return this.withAdmin(async (admin) => {
      const cluster = await admin.describeCluster();
      return { brokers: cluster.brokers.length, controller: cluster.controller };
    });
  }

  /** Short-lived admin connections: start-up and probes are rare, an idle socket is not worth keeping. */
  async withAdmin<R>(fn: (admin: Admin) => Promise<R>): Promise<R> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return await fn(admin);
    } finally {
      await admin.disconnect();
    }
  }
}

function isAlreadyExists(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { type, errors } = error as { type?: unknown; errors?: unknown };
  if (type === 'TOPIC_ALREADY_EXISTS') return true;
  return Array.isArray(errors) && errors.length > 0 && errors.every((inner) => isAlreadyExists(inner));
}
