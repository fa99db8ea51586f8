import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { TopicAdmin } from '../kafka/topic-admin';
import { errorDetails } from '../observability/messaging-logger';

/** A plain readiness check for callers that do not use terminus. */
export async function checkKafka(admin: TopicAdmin, timeoutMs = 3000): Promise<{ ok: true; brokers: number } | { ok: false; error: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Kafka within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const { brokers } = await Promise.race([admin.ping(), timeout]);
    return { ok: true, brokers };
  } catch (error) {
    return { ok: false, error: errorDetails(error).message };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Readiness: Kafka answers a metadata request within the timeout. Terminus's session helper is a
 * plain class, so the indicator works without importing TerminusModule into messaging.
 */
@Injectable()
export class KafkaHealthIndicator {
  private readonly health = new HealthIndicatorService();

  constructor(private readonly admin: TopicAdmin) {}

  async isHealthy<const Key extends string = 'kafka'>(key: Key = 'kafka' as Key, timeoutMs = 3000): Promise<HealthIndicatorResult<Key>> {
    const result = await checkKafka(this.admin, timeoutMs);
    const session = this.health.check(key);
    return result.ok ? session.up({ brokers: result.brokers }) : session.down({ message: result.error });
  }
}
