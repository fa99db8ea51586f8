/**
 * The floor: raw kafkajs produce -> consume latency on the same broker, at the same steady rate as
 * the platform benchmark, with the same producer settings (idempotent, acks=all) so the comparison
 * isolates what the platform adds (HTTP, validation, MongoDB write, outbox relay, consumer, projection).
 */
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { atSteadyRate, formatSummary, summarise, type LatencySummary } from './support/latency-stats';

export interface FloorResult {
  summary: LatencySummary;
  throughput: number;
}

export async function runKafkaFloor(brokers: string[], total: number, ratePerSecond: number): Promise<FloorResult> {
  const kafka = new Kafka({ clientId: 'bench-floor', brokers, logLevel: logLevel.NOTHING });
  const topic = `bench.floor.${randomUUID()}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });

  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: `bench-floor-${randomUUID()}` });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topic, fromBeginning: true });

  const latencies: number[] = [];
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  await consumer.run({
    eachMessage: async ({ message }) => {
      const sentAt = Number(message.value?.toString() ?? 'NaN');
      latencies.push(performance.timeOrigin + performance.now() - sentAt);
      if (latencies.length >= total) resolveDone();
    },
  });
  // Let the group settle so the first messages do not measure the rebalance.
  await new Promise((resolve) => setTimeout(resolve, 3000));

  const started = performance.now();
  await atSteadyRate(total, ratePerSecond, async (index) => {
    await producer.send({
      topic,
      acks: -1,
      messages: [{ key: `k${index}`, value: String(performance.timeOrigin + performance.now()) }],
    });
  });
  await done;
  const elapsedSeconds = (performance.now() - started) / 1000;

  await Promise.all([consumer.disconnect(), producer.disconnect()]);
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin.disconnect();
  return { summary: summarise(latencies), throughput: total / elapsedSeconds };
}

if (require.main === module) {
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const total = Number(process.env.BENCH_EVENTS ?? 2000);
  const rate = Number(process.env.BENCH_RATE ?? 100);
  runKafkaFloor(brokers, total, rate)
    .then(({ summary, throughput }) => console.log(formatSummary('raw kafkajs produce -> consume', summary, throughput)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
