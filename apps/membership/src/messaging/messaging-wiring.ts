import { checkKafka, TopicAdmin, useEventContext } from '@icn/messaging';
import { READINESS_CHECKS, ReadinessRegistry, RequestContext } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';

/**
 * Joins the two libraries where the app is the only place allowed to know both:
 * - events built during a request carry that request's correlation id (messaging reads the
 *   platform's RequestContext instead of its own store);
 * - GET /health/ready also requires Kafka, since a write whose event cannot be published is only
 *   half done (it would wait in the outbox).
 */
@Injectable()
export class MessagingWiring {
  constructor(@Inject(READINESS_CHECKS) readiness: ReadinessRegistry, admin: TopicAdmin) {
    useEventContext(RequestContext);
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
