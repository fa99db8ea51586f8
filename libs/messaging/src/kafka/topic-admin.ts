import { deadLetterTopicOf } from '@icn/contracts';
import type { Admin, Kafka } from 'kafkajs';
import { KafkaNotReadyError, waitForKafka, type KafkaStartupOptions } from './kafka-startup';

/** How topics are created: the deployment's KAFKA_TOPIC_REPLICATION_FACTOR and KAFKA_TOPIC_MIN_INSYNC_REPLICAS. */
export interface TopicReplication {
  /** Replicas per partition (default 1, the local single broker). */
  replicationFactor?: number;
  /** `min.insync.replicas` set on each created topic; 0 or absent leaves the broker's default. */
  minInsyncReplicas?: number;
}

export interface EnsureTopicsOptions extends TopicReplication {
  /** Also create `<topic>.dlq` for each topic (default true). */
  withDeadLetter?: boolean;
}

/**
 * Creates the platform's topics explicitly at start-up. Auto-creation is off on purpose: in KRaft
 * the first produce to a missing topic fails, and partition counts must be chosen, not defaulted.
 */
export class TopicAdmin {
  /**
   * `startup`: how long ensureTopics waits for the broker (KAFKA_STARTUP_TIMEOUT_MS) and where it
   * logs; `replication`: how the topics it creates are replicated, unless a call says otherwise.
   */
  constructor(
    private readonly kafka: Kafka,
    private readonly startup: KafkaStartupOptions = {},
    private readonly replication: TopicReplication = {},
  ) {}

  /**
   * Creates the missing topics (and their dead-letter topics) and returns once every partition of
   * every one of them has a leader — also those another process created a moment ago, so nothing
   * that follows (positioning a group, subscribing, the first send) meets a topic the broker does
   * not serve yet. Transient errors are retried until the start-up deadline (see waitForKafka).
   * Returns the names this call created.
   */
  async ensureTopics(topics: readonly string[], partitions: number, options: EnsureTopicsOptions = {}): Promise<string[]> {
    const wanted = new Set(topics);
    if (options.withDeadLetter ?? true) {
      topics.forEach((topic) => wanted.add(deadLetterTopicOf(topic)));
    }
    const names = [...wanted];
    const replicationFactor = options.replicationFactor ?? this.replication.replicationFactor ?? 1;
    const minInsyncReplicas = options.minInsyncReplicas ?? this.replication.minInsyncReplicas ?? 0;
    // Unset, the broker's min.insync.replicas applies: a deployment never gets less than its cluster's default by omission.
    const configEntries = minInsyncReplicas > 0 ? [{ name: 'min.insync.replicas', value: String(minInsyncReplicas) }] : undefined;
    const created: string[] = [];
    await waitForKafka(
      `Kafka topics ${names.join(', ')}`,
      () =>
        this.withAdmin(async (admin) => {
          const existing = new Set(await admin.listTopics());
          const missing = names.filter((topic) => !existing.has(topic));
          if (missing.length > 0) {
            try {
              // Leaders are awaited below for every topic: kafkajs' waitForLeaders gives up on the
              // UNKNOWN_TOPIC_OR_PARTITION a new KRaft broker answers for a moment after creation.
              await admin.createTopics({
                waitForLeaders: false,
                topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor, ...(configEntries ? { configEntries } : {}) })),
              });
              created.push(...missing);
            } catch (error) {
              // Another replica (or service, or test) may create the same topics at the same moment; that is success.
              if (!isAlreadyExists(error)) throw withTopicErrors(error);
            }
          }
          await assertLeaders(admin, names);
        }),
      this.startup,
    );
    return created;
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

/** Throws a retriable error unless every partition of every topic has a leader. */
async function assertLeaders(admin: Admin, topics: readonly string[]): Promise<void> {
  const { topics: metadata } = await admin.fetchTopicMetadata({ topics: [...topics] });
  const leaderless = topics.filter((topic) => {
    const partitions = metadata.find((entry) => entry.name === topic)?.partitions ?? [];
    return partitions.length === 0 || partitions.some((partition) => partition.leader < 0 || partition.partitionErrorCode !== 0);
  });
  if (leaderless.length > 0) throw new KafkaNotReadyError(`no leader yet for partitions of ${leaderless.join(', ')}`);
}

function isAlreadyExists(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { type, errors } = error as { type?: unknown; errors?: unknown };
  if (type === 'TOPIC_ALREADY_EXISTS') return true;
  return Array.isArray(errors) && errors.length > 0 && errors.every((inner) => isAlreadyExists(inner));
}

/**
 * kafkajs reports a refused creation as "Topic creation errors" with the reasons inside; the
 * start-up message should say them (e.g. INVALID_REPLICATION_FACTOR when a topic asks for more
 * replicas than there are brokers). The original stays the cause, so retry decisions see it whole.
 */
function withTopicErrors(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const { errors } = error as { errors?: unknown };
  if (!Array.isArray(errors) || errors.length === 0) return error;
  const reasons = errors.map((inner: { topic?: unknown; type?: unknown; message?: unknown }) => `${String(inner.topic ?? '?')}: ${String(inner.type ?? inner.message ?? 'unknown')}`);
  return new Error(`${error.message}: ${[...new Set(reasons)].join(', ')}`, { cause: error });
}
