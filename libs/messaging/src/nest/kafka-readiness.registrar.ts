import { READINESS_CHECKS, type ReadinessRegistry } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { TopicAdmin } from '../kafka/topic-admin';
import { checkKafka } from './kafka-health.indicator';

/**
 * Adds Kafka to GET /health/ready: a service whose events cannot be published (or consumed) is not
 * ready, even if its database answers.
 *
 * Consumer lag is deliberately not part of readiness. Readiness decides whether a replica gets
 * traffic; a read model that is behind is a property of the consumer group, which every replica
 * shares, so failing readiness on lag would take all replicas out at once (the whole API down,
 * writes included, while a backlog drains or a read model is rebuilt from a new group id), and a
 * restart would not help. Staleness is reported by icn_consumer_lag (see ConsumerLagMonitor) and
 * alerted on; see README, Operating.
 */
@Injectable()
export class KafkaReadinessRegistrar implements OnModuleInit {
  constructor(
    @Inject(READINESS_CHECKS) private readonly readiness: ReadinessRegistry,
    private readonly admin: TopicAdmin,
  ) {}

  onModuleInit(): void {
    if (this.readiness.list().some((check) => check.name === 'kafka')) return;
    this.readiness.register({
      name: 'kafka',
      check: async () => {
        const result = await checkKafka(this.admin);
        if (!result.ok) throw new Error(result.error);
        return { brokers: result.brokers };
      },
    });
  }
}
