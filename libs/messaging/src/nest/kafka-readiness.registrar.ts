import { READINESS_CHECKS, type ReadinessRegistry } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { TopicAdmin } from '../kafka/topic-admin';
import { checkKafka } from './kafka-health.indicator';

/**
 * Adds Kafka to GET /health/ready: a service whose events cannot be published (or consumed) is not
 * ready, even if its database answers.
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
