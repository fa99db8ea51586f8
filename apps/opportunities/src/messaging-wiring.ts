import { checkKafka, TopicAdmin, useEventContext } from '@icn/messaging';
import { READINESS_CHECKS, ReadinessRegistry, RequestContext } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';

/**
 * Joins the two libraries where the app is the only place allowed to know both:
 * - events built during a request carry that request's correlation id;
 * - GET /health/ready also requires Kafka: a publication whose event cannot leave the outbox, or a
 *   read model that cannot follow membership, is only half working.
 */
@Injectable()
export class MessagingWiring {
  constructor(@Inject(READINESS_CHECKS) readiness: ReadinessRegistry, admin: TopicAdmin) {
    useEventContext(RequestContext);
    if (readiness.list().some((check) => check.name === 'kafka')) return;
    readiness.register({
      name: 'kafka',
      check: async () => {
        const result = await checkKafka(admin);
        if (!result.ok) throw new Error(result.error);
        return { brokers: result.brokers };
      },
    });
  }
}
