import { Partitioners, type ICustomPartitioner, type Kafka, type Message, type Producer, type RecordMetadata, type TopicMessages } from 'kafkajs';
import { SILENT_LOGGER, type MessagingLogger } from '../observability/messaging-logger';

/** Sends of what Kafka left unacknowledged before giving up (the caller's own retry then starts over). */
const SHORTFALL_RESENDS = 5;

export interface AcknowledgedProducerOptions {
  logger?: MessagingLogger;
}

/** A send that kept coming back without every partition acknowledged. */
export class UnacknowledgedPartitionsError extends Error {
  constructor(readonly partitions: readonly string[]) {
    super(`Kafka did not acknowledge ${partitions.join(', ')} after ${SHORTFALL_RESENDS + 1} sends`);
    this.name = 'UnacknowledgedPartitionsError';
  }
}

/**
 * The platform's Kafka producer: idempotent with acks=all and one request in flight (a retried send
 * is never written twice, an acknowledged one survives a broker loss, retries cannot reorder an
 * aggregate's events), never auto-creating topics — and a send resolves only once Kafka acknowledged
 * every partition it wrote to.
 *
 * Why the last part: kafkajs 2.2.4 can resolve a send without writing some of its partitions
 * (tulios/kafkajs#1303, open; PR #1798 proposes the fix). Its retry remembers answers per broker,
 * not per partition: when a broker dies mid-send and one of its partitions moves to a broker that
 * already answered for other partitions of the same send, the retry skips that broker and the
 * moved partition's messages are silently dropped. With a three-broker cluster and one broker
 * killed during a burst, 22 of 550 acknowledged events never reached the topic that way. So the
 * partitioner kafkajs calls for each message records the partition it chose, and after a send every
 * message whose partition is missing from the acknowledgements is sent again — same key, same
 * partition, in order — a bounded number of times.
 *
 * Two more rules keep such a resend from writing anything twice. Sends go one at a time: the broker
 * drops a resent batch as a duplicate only if it carries the sequence numbers of the lost attempt,
 * and a concurrent send to the same partition (the outbox relay, the feed and dead-lettering share
 * this producer) would take them first. And a message keeps the partition chosen for it first:
 * kafkajs partitions again on each internal retry, and a keyless message (every production event has
 * a key, but a raw dead-lettered message may lack one) would otherwise land elsewhere the second time.
 */
export class AcknowledgedProducer {
  private readonly producer: Producer;
  private readonly logger: MessagingLogger;
  /** The partition first chosen for each message, kept across kafkajs' retries and the resends. */
  private readonly chosenPartition = new WeakMap<Message, number>();
  /** The previous send's settlement: the next one starts after it. */
  private previousSend: Promise<unknown> = Promise.resolve();

  constructor(kafka: Kafka, options: AcknowledgedProducerOptions = {}) {
    this.logger = options.logger ?? SILENT_LOGGER;
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, createPartitioner: this.recordingPartitioner });
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }

  /**
   * Sends the messages (acks=all) once every earlier send settled; resolves with one acknowledgement
   * per partition written.
   */
  send(topicMessages: readonly TopicMessages[]): Promise<RecordMetadata[]> {
    const sending = this.previousSend.then(() => this.sendUntilAcknowledged(topicMessages));
    this.previousSend = sending.catch(() => undefined);
    return sending;
  }

  private async sendUntilAcknowledged(topicMessages: readonly TopicMessages[]): Promise<RecordMetadata[]> {
    const acknowledged: RecordMetadata[] = [];
    let pending: TopicMessages[] = [...topicMessages];
    for (let resends = 0; ; resends += 1) {
      acknowledged.push(...(await this.producer.sendBatch({ topicMessages: pending, acks: -1 })));
      pending = this.unacknowledged(pending, acknowledged);
      if (pending.length === 0) return acknowledged;
      const partitions = this.partitionsOf(pending);
      if (resends === SHORTFALL_RESENDS) throw new UnacknowledgedPartitionsError(partitions);
      this.logger.warn({ partitions, messages: pending.reduce((sum, { messages }) => sum + messages.length, 0) }, 'Kafka acknowledged the send without these partitions: sending their messages again');
    }
  }

  /**
   * kafkajs' default partitioner (murmur2 of the key, as the Java client; an explicit partition
   * wins), remembering each choice and keeping it while the topic still has that partition.
   */
  private readonly recordingPartitioner: ICustomPartitioner = () => {
    const partitioner = Partitioners.DefaultPartitioner();
    return (args) => {
      const earlier = this.chosenPartition.get(args.message);
      if (earlier !== undefined && args.partitionMetadata.some(({ partitionId }) => partitionId === earlier)) return earlier;
      const partition = partitioner(args);
      this.chosenPartition.set(args.message, partition);
      return partition;
    };
  };

  /** The messages of `sent` in no acknowledged partition (one the partitioner never saw was never sent). */
  private unacknowledged(sent: readonly TopicMessages[], acknowledged: readonly RecordMetadata[]): TopicMessages[] {
    const done = new Set(acknowledged.filter((metadata) => metadata.errorCode === 0).map((metadata) => partitionName(metadata.topicName, metadata.partition)));
    return sent
      .map(({ topic, messages }) => ({
        topic,
        messages: messages.filter((message) => {
          const partition = this.chosenPartition.get(message);
          return partition === undefined || !done.has(partitionName(topic, partition));
        }),
      }))
      .filter(({ messages }) => messages.length > 0);
  }

  private partitionsOf(pending: readonly TopicMessages[]): string[] {
    const names = pending.flatMap(({ topic, messages }) => messages.map((message) => partitionName(topic, this.chosenPartition.get(message) ?? '?')));
    return [...new Set(names)];
  }
}

function partitionName(topic: string, partition: number | string): string {
  return `${topic}[${partition}]`;
}
