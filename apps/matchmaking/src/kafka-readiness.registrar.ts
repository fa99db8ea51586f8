import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { checkKafka, TopicAdmin } from '@icn/messaging';
import { READINESS_CHECKS, type ReadinessRegistry } from '@icn/platform';

/**
 * Adds Kafka to GET /health/ready: without the broker the directory silently goes stale, so the
 * instance should not count as ready. This belongs in the messaging library (every service needs
 * it); until it registers one itself, the app does, and steps aside if one already exists.
 */
@Injectable()
export class KafkaReadinessRegistrar implements OnModuleInit {
  constructor(
    @Inject(READINESS_CHECKS) private readonly readiness: ReadinessRegistry,
    private readonly admin: TopicAdmin,
  ) {}

  onModuleInit(): void {
    if (this.readiness.list().some((check) => check.name === 'kafka')) {
      return;
    }
    this.readiness.register({
      name: 'kafka',
      check: async () => {
        const result = await checkKafka(this.admin);
        if (!result.ok) throw new Error(result.error);
      },
    });
  }
}
