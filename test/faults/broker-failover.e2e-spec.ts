import { ALL_TOPICS, Topics } from '@icn/contracts';
import { TopicAdmin } from '@icn/messaging';
import type { Admin } from 'kafkajs';
import { burstThroughOutage, duplicateNames } from '../support/burst-through-outage';
import { E2ePlatform } from '../support/e2e-platform';
import { FreshBroker } from '../support/fresh-broker';
import { testKafka } from '../support/kafka-client';
import { summarise } from '../support/reconcile';
import { scaled } from '../support/scale';
import { waitFor } from '../support/wait-for';

const DOWN_MS = 30_000;
const REPLICATION = { replicationFactor: 3, minInsyncReplicas: 2 };

/**
 * The local stack's three-node KRaft cluster (stack.sh with KAFKA_NODES=3), every topic with
 * replication factor 3 and min.insync.replicas 2, as a production cluster runs them. In the middle
 * of a burst of writes the node leading membership's organisation topic is killed (SIGKILL: no
 * orderly leadership hand-over) and restarted 30 s later. Two replicas stay in sync, so producers
 * with acks=all go on being acknowledged and consumers go on after the leaders move: nothing
 * acknowledged is lost, nothing applied twice, and the services never even report "not ready" —
 * one node of three is not a lost dependency. Afterwards the restarted node catches up until every
 * partition is fully in sync again.
 */
describe('fault: one broker of a three-node cluster killed during a burst, then restarted', () => {
  let cluster: FreshBroker | undefined;
  let platform: E2ePlatform | undefined;
  let admin: Admin | undefined;
  let passed = false;

  afterAll(async () => {
    await admin?.disconnect();
    await platform?.stop();
    await cluster?.stop({ keepFiles: !passed });
  }, 180_000);

  it('acknowledges and delivers every write exactly once, stays ready, and the restarted node rejoins every ISR', async () => {
    cluster = await FreshBroker.prepare({ nodes: 3 });
    await cluster.start();
    const brokers = cluster.brokers;
    await new TopicAdmin(testKafka(brokers, 'broker-failover-topics')).ensureTopics(ALL_TOPICS, 3, REPLICATION);
    admin = testKafka(brokers, 'broker-failover-admin').admin();
    await admin.connect();
    const topicAdmin = admin;
    expect(await underReplicated(topicAdmin)).toEqual([]);

    platform = await E2ePlatform.start('broker-failover', {
      environment: { kafkaBrokers: brokers },
      serviceEnv: { KAFKA_TOPIC_REPLICATION_FACTOR: String(REPLICATION.replicationFactor), KAFKA_TOPIC_MIN_INSYNC_REPLICAS: String(REPLICATION.minInsyncReplicas) },
    });

    const ownCluster = cluster;
    let victim = 0;
    let restartedAt = 0;
    let backInSync: Promise<number> = Promise.resolve(Number.NaN);
    const outcome = await burstThroughOutage(
      platform,
      {
        label: 'broker failover',
        durationMs: DOWN_MS,
        begin: async () => {
          victim = await leaderOf(topicAdmin, Topics.membershipOrganisation, 0);
          await ownCluster.killNode(victim);
        },
        end: async () => {
          await ownCluster.start();
          restartedAt = Date.now();
          // Watched from the restart on, while the burst goes on: when every ISR is whole again.
          backInSync = waitFor(async () => ((await underReplicated(topicAdmin)).length === 0 ? Date.now() : undefined), {
            timeoutMs: 180_000,
            intervalMs: 250,
            description: `kafka-${victim} back in every partition's in-sync replicas`,
          });
        },
      },
      scaled(450),
      50,
      scaled(100),
    );
    const inSync = await backInSync;
    console.log(summarise('broker killed in a 3-node cluster', { ...outcome.figures, killedNode: `kafka-${victim}`, fullyInSyncAfterRestartMs: inSync - restartedAt }));

    expect(outcome.acknowledgedLost).toEqual([]);
    expect(outcome.figures['lost']).toBe(0);
    expect(outcome.figures['duplicated']).toBe(0);
    expect(outcome.figures['failedDuringBurst']).toBe(0); // writes never stopped being acknowledged
    expect(outcome.reconciliation.unexpected).toEqual([]);
    expect(outcome.reconciliation.mismatches).toEqual([]);
    expect(duplicateNames(outcome.persisted)).toEqual([]);
    expect(outcome.droppedReadiness).toEqual([]);
    expect(outcome.restarted).toEqual([]);
    passed = true;
    platform.markPassed();
  }, 480_000);
});

/** The node leading one partition of a topic. */
async function leaderOf(admin: Admin, topic: string, partition: number): Promise<number> {
  const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
  const leader = metadata.topics[0]?.partitions.find((entry) => entry.partitionId === partition)?.leader;
  if (leader === undefined || leader < 1) throw new Error(`no leader for ${topic}[${partition}]`);
  return leader;
}

/** Partitions of the platform's topics with fewer in-sync replicas than replicas, as `topic[partition]`. */
async function underReplicated(admin: Admin): Promise<string[]> {
  const metadata = await admin.fetchTopicMetadata({ topics: [...ALL_TOPICS] });
  return metadata.topics.flatMap((topic) =>
    topic.partitions.filter((partition) => partition.isr.length < partition.replicas.length).map((partition) => `${topic.name}[${partition.partitionId}]`),
  );
}
