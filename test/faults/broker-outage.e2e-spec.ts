import { ALL_TOPICS } from '@icn/contracts';
import { TopicAdmin } from '@icn/messaging';
import { burstThroughOutage, duplicateNames } from '../support/burst-through-outage';
import { E2ePlatform } from '../support/e2e-platform';
import { FreshBroker } from '../support/fresh-broker';
import { testKafka } from '../support/kafka-client';
import { summarise } from '../support/reconcile';
import { scaled } from '../support/scale';

const OUTAGE_MS = 30_000;

/**
 * The default stack's single broker stopped for 30 s in the middle of a burst of writes, then
 * started again (same storage: its topics and the groups' offsets survive). The broker is the
 * scenario's own, so the shared one of the other scenarios keeps running. Writes keep being
 * acknowledged meanwhile — they land in membership's commits, and the outbox publishes them once
 * the broker is back; readiness says "not ready" while Kafka is gone and recovers by itself.
 */
describe('fault: the broker stopped for 30 s during a burst of writes', () => {
  let broker: FreshBroker | undefined;
  let platform: E2ePlatform | undefined;
  let passed = false;

  afterAll(async () => {
    await platform?.stop();
    await broker?.stop({ keepFiles: !passed });
  }, 180_000);

  it('acknowledges and delivers every write exactly once, reports the loss in readiness and recovers without a restart', async () => {
    broker = await FreshBroker.prepare();
    await broker.start();
    const ownBroker = broker;
    // Every topic exists before the platform positions its groups at their ends, as on the shared broker.
    await new TopicAdmin(testKafka(ownBroker.brokers, 'broker-outage-topics')).ensureTopics(ALL_TOPICS, 3);
    platform = await E2ePlatform.start('broker-outage', {
      environment: { kafkaBrokers: ownBroker.brokers },
      // Readiness probes Kafka with a metadata request; kafkajs reconnects by itself once it is back.
      serviceEnv: { KAFKA_STARTUP_TIMEOUT_MS: '180000' },
    });

    const outcome = await burstThroughOutage(
      platform,
      { label: 'broker outage', durationMs: OUTAGE_MS, begin: () => ownBroker.halt(), end: () => ownBroker.start() },
      scaled(450),
      50,
      scaled(100),
    );
    console.log(summarise('broker stopped for 30 s', outcome.figures));

    expect(outcome.acknowledgedLost).toEqual([]);
    expect(outcome.figures['lost']).toBe(0);
    expect(outcome.figures['duplicated']).toBe(0);
    expect(outcome.reconciliation.unexpected).toEqual([]);
    expect(outcome.reconciliation.mismatches).toEqual([]);
    expect(duplicateNames(outcome.persisted)).toEqual([]);
    expect(outcome.silentDuringOutage).toEqual([]);
    expect(outcome.notRecovered).toEqual([]);
    expect(outcome.restarted).toEqual([]);
    passed = true;
    platform.markPassed();
  }, 420_000);
});
