import { Partitioners, type Kafka, type Message, type Producer, type ProducerBatch, type ProducerConfig, type RecordMetadata, type TopicMessages } from 'kafkajs';
import createSendMessages from 'kafkajs/src/producer/sendMessages';
import { AcknowledgedProducer, UnacknowledgedPartitionsError } from './acknowledged-producer';

const TOPIC = 'icn.membership.organisation';

interface ProducedPartition {
  topic: string;
  partitions: { partition: number; messages: Message[] }[];
}

/**
 * Two brokers behind kafkajs' real send routine: node 1 leads partition 0, node 2 partition 1. Node
 * 1 dies during the first produce; the metadata refresh that follows makes node 2 the leader of
 * partition 0 too — what a three-broker cluster does when a broker is killed mid-burst.
 */
class FailingOverCluster {
  readonly written: string[] = [];
  private readonly leaders = new Map([
    [0, 1],
    [1, 2],
  ]);
  private node1Dead = false;
  private readonly brokers = new Map([1, 2].map((nodeId) => [nodeId, { nodeId, produce: (request: { topicData: ProducedPartition[] }) => this.produce(nodeId, request) }]));

  readonly refreshMetadataIfNecessary = async (): Promise<void> => undefined;
  readonly addMultipleTargetTopics = async (): Promise<void> => undefined;
  readonly isConnected = (): boolean => true;
  readonly removeBroker = (): void => undefined;
  readonly findBroker = async ({ nodeId }: { nodeId: number | string }): Promise<object | undefined> => this.brokers.get(Number(nodeId));

  readonly refreshMetadata = async (): Promise<void> => {
    if (this.node1Dead) this.leaders.set(0, 2);
  };

  readonly findTopicPartitionMetadata = (): { partitionId: number; leader: number; replicas: number[]; isr: number[] }[] =>
    [...this.leaders].map(([partitionId, leader]) => ({ partitionId, leader, replicas: [1, 2], isr: [1, 2] }));

  readonly findLeaderForPartitions = (_topic: string, partitions: string[]): Record<number, number[]> => {
    const byLeader: Record<number, number[]> = {};
    for (const partition of partitions.map(Number)) {
      const leader = this.leaders.get(partition) ?? -1;
      byLeader[leader] = [...(byLeader[leader] ?? []), partition];
    }
    return byLeader;
  };

  private async produce(nodeId: number, { topicData }: { topicData: ProducedPartition[] }): Promise<{ topics: { topicName: string; partitions: { partition: number; errorCode: number; baseOffset: string }[] }[] }> {
    if (nodeId === 1) {
      this.node1Dead = true;
      throw Object.assign(new Error('Connection error: connect ECONNREFUSED'), { name: 'KafkaJSConnectionError', retriable: true });
    }
    for (const { topic, partitions } of topicData) for (const { partition, messages } of partitions) this.written.push(`${topic}[${partition}]:${messages.map((message) => String(message.key)).join(',')}`);
    return { topics: topicData.map(({ topic, partitions }) => ({ topicName: topic, partitions: partitions.map(({ partition }) => ({ partition, errorCode: 0, baseOffset: '0' })) })) };
  }
}

const quietLogger = { error: (): void => undefined, debug: (): void => undefined };
const eosManager = {
  isTransactional: (): boolean => false,
  getSequence: (): number => 0,
  updateSequence: (): void => undefined,
  getProducerId: (): number => 1,
  getProducerEpoch: (): number => 0,
  acquireBrokerLock: async (): Promise<void> => undefined,
  releaseBrokerLock: async (): Promise<void> => undefined,
};

/** kafkajs' retrier, minus the waiting: a later attempt starts after the earlier one's answers arrived. */
async function retrier<T>(attempt: (bail: (error: Error) => void, retryCount: number, retryTime: number) => Promise<T>): Promise<T> {
  for (let retryCount = 0; ; retryCount += 1) {
    try {
      return await attempt((error) => {
        throw error;
      }, retryCount, 0);
    } catch (error) {
      if (retryCount >= 5) throw error;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

/** A Kafka client whose producer runs kafkajs' real send routine over the failing-over cluster. */
function kafkaOver(cluster: FailingOverCluster): { kafka: Kafka; sends: ProducerBatch[] } {
  const sends: ProducerBatch[] = [];
  const producer = (config: ProducerConfig = {}): Producer => {
    const partitioner = config.createPartitioner?.() ?? explicitPartition;
    const send = createSendMessages({ logger: quietLogger, cluster, partitioner, eosManager, retrier });
    return {
      connect: async () => undefined,
      disconnect: async () => undefined,
      sendBatch: (batch: ProducerBatch) => {
        sends.push(batch);
        return send({ acks: batch.acks ?? -1, topicMessages: batch.topicMessages ?? [] });
      },
    } as unknown as Producer;
  };
  return { kafka: { producer } as unknown as Kafka, sends };
}

const explicitPartition = ({ message }: { message: Message }): number => message.partition ?? 0;

const burst = (): Message[] => [
  { key: 'a', value: '1', partition: 0 },
  { key: 'b', value: '2', partition: 1 },
  { key: 'c', value: '3', partition: 0 },
];

describe('AcknowledgedProducer', () => {
  it('reproduces the kafkajs 2.2.4 defect it guards against: a send resolves without the partition whose leader died mid-send (tulios/kafkajs#1303)', async () => {
    // If this fails after a kafkajs upgrade, the defect is fixed upstream and the guard may go.
    const cluster = new FailingOverCluster();
    const send = createSendMessages({ logger: quietLogger, cluster, partitioner: explicitPartition, eosManager, retrier });
    const acknowledged = await send({ acks: -1, topicMessages: [{ topic: TOPIC, messages: burst() }] });
    expect(acknowledged.map((metadata) => metadata.partition)).toEqual([1]);
    expect(cluster.written).toEqual([`${TOPIC}[1]:b`]);
  });

  it('sends what Kafka left unacknowledged again, in order, until every partition acknowledged', async () => {
    const cluster = new FailingOverCluster();
    const { kafka, sends } = kafkaOver(cluster);
    const acknowledged = await new AcknowledgedProducer(kafka).send([{ topic: TOPIC, messages: burst() }]);
    expect(acknowledged.map((metadata: RecordMetadata) => metadata.partition).sort()).toEqual([0, 1]);
    expect(cluster.written).toEqual([`${TOPIC}[1]:b`, `${TOPIC}[0]:a,c`]);
    expect(sends.map((batch) => batch.topicMessages?.flatMap(({ messages }) => messages.map((message) => message.key)))).toEqual([['a', 'b', 'c'], ['a', 'c']]);
  });

  it('fails naming the partitions when Kafka keeps leaving them unacknowledged, so the caller keeps its events', async () => {
    const producer = (config: ProducerConfig = {}): Producer => {
      const partitioner = config.createPartitioner?.() ?? explicitPartition;
      return {
        sendBatch: async ({ topicMessages = [] }: ProducerBatch) => {
          const chosen = topicMessages.flatMap(({ topic, messages }) => messages.map((message) => ({ topic, partition: partitioner({ topic, partitionMetadata: [], message }) })));
          return chosen.filter(({ partition }) => partition !== 0).map(({ topic, partition }) => ({ topicName: topic, partition, errorCode: 0 }));
        },
      } as unknown as Producer;
    };
    const send = new AcknowledgedProducer({ producer } as unknown as Kafka).send([{ topic: TOPIC, messages: burst() }]);
    await expect(send).rejects.toThrow(UnacknowledgedPartitionsError);
    await expect(send).rejects.toThrow(`Kafka did not acknowledge ${TOPIC}[0] after 6 sends`);
  });

  it('puts each message where kafkajs\' default partitioner does, so an aggregate keeps its partition across this change', async () => {
    const partitionMetadata = [0, 1, 2].map((partitionId) => ({ partitionId, leader: 1, replicas: [1], isr: [1], partitionErrorCode: 0 }));
    const chosen: number[] = [];
    const producer = (config: ProducerConfig = {}): Producer => {
      const partitioner = config.createPartitioner?.();
      return {
        sendBatch: async ({ topicMessages = [] }: ProducerBatch) =>
          topicMessages.flatMap(({ topic, messages }) =>
            messages.map((message) => {
              const partition = partitioner?.({ topic, partitionMetadata, message }) ?? -1;
              chosen.push(partition);
              return { topicName: topic, partition, errorCode: 0 };
            }),
          ),
      } as unknown as Producer;
    };
    const messages: Message[] = Array.from({ length: 12 }, (_, index) => ({ key: `org-${index}`, value: '{}' }));
    await new AcknowledgedProducer({ producer } as unknown as Kafka).send([{ topic: TOPIC, messages }]);
    const kafkajsDefault = Partitioners.DefaultPartitioner();
    expect(chosen).toEqual(messages.map((message) => kafkajsDefault({ topic: TOPIC, partitionMetadata, message })));
    expect(new Set(chosen).size).toBe(3);
  });

  it('keeps a keyless message on the partition chosen first when kafkajs partitions it again on a retry', async () => {
    const partitionMetadata = [0, 1, 2].map((partitionId) => ({ partitionId, leader: 1, replicas: [1], isr: [1], partitionErrorCode: 0 }));
    const attempts: number[][] = [];
    const producer = (config: ProducerConfig = {}): Producer => {
      const partitioner = config.createPartitioner?.();
      return {
        sendBatch: async ({ topicMessages = [] }: ProducerBatch) => {
          // Three attempts, as kafkajs' retrier makes after retriable errors: each partitions anew.
          for (let attempt = 0; attempt < 3; attempt += 1) attempts.push(topicMessages.flatMap(({ topic, messages }) => messages.map((message) => partitioner?.({ topic, partitionMetadata, message }) ?? -1)));
          const last = attempts[attempts.length - 1] ?? [];
          return last.map((partition) => ({ topicName: TOPIC, partition, errorCode: 0 }));
        },
      } as unknown as Producer;
    };
    // Four messages over three partitions: kafkajs' round-robin counter starts each attempt elsewhere.
    const messages: Message[] = Array.from({ length: 4 }, (_, index) => ({ key: null, value: `${index}` }));
    await new AcknowledgedProducer({ producer } as unknown as Kafka).send([{ topic: TOPIC, messages }]);
    expect(attempts[1]).toEqual(attempts[0]);
    expect(attempts[2]).toEqual(attempts[0]);
    // kafkajs alone spreads the same messages differently on each attempt.
    const kafkajsDefault = Partitioners.DefaultPartitioner();
    const unsticky = [0, 1].map(() => messages.map((message) => kafkajsDefault({ topic: TOPIC, partitionMetadata, message })));
    expect(unsticky[1]).not.toEqual(unsticky[0]);
  });

  it('sends one batch at a time, so a resend carries the sequence numbers of the attempt it repeats; a failed send does not hold up the next', async () => {
    const timeline: string[] = [];
    let calls = 0;
    const producer = (config: ProducerConfig = {}): Producer => {
      const partitioner = config.createPartitioner?.() ?? explicitPartition;
      return {
        sendBatch: async ({ topicMessages = [] }: ProducerBatch) => {
          calls += 1;
          const [{ topic, messages: [message] }] = topicMessages as [TopicMessages & { messages: [Message] }];
          timeline.push(`start ${String(message.value)}`);
          await new Promise((resolve) => setTimeout(resolve, 5));
          timeline.push(`end ${String(message.value)}`);
          if (calls === 1) throw new Error('broker unreachable');
          return [{ topicName: topic, partition: partitioner({ topic, partitionMetadata: [], message }), errorCode: 0 }];
        },
      } as unknown as Producer;
    };
    const acknowledged = new AcknowledgedProducer({ producer } as unknown as Kafka);
    const sends = ['first', 'second', 'third'].map((value) => acknowledged.send([{ topic: TOPIC, messages: [{ key: 'a', value }] }]));
    const outcomes = await Promise.allSettled(sends);
    expect(outcomes.map(({ status }) => status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(timeline).toEqual(['start first', 'end first', 'start second', 'end second', 'start third', 'end third']);
  });
});
