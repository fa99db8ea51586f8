import pino from 'pino';
import { Counter, Gauge, Registry } from 'prom-client';
import type { MessagingLogger } from './messaging-logger';
import type { MessagingMetrics } from './messaging-metrics';

// Compile-time proof that the platform's prom-client metrics and pino logger plug straight in.
describe('messaging ports', () => {
  it('accept prom-client metrics and a pino logger', () => {
    const registers = [new Registry()];
    const metrics: MessagingMetrics = {
      eventsConsumed: new Counter({ name: 'c', help: 'h', labelNames: ['topic', 'type', 'outcome'] as const, registers }),
      eventsDeadLettered: new Counter({ name: 'd', help: 'h', labelNames: ['topic', 'reason'] as const, registers }),
      consumerLag: new Gauge({ name: 'l', help: 'h', labelNames: ['group', 'topic', 'partition'] as const, registers }),
      deadLetterMessages: new Gauge({ name: 'q', help: 'h', labelNames: ['topic'] as const, registers }),
      outboxBacklog: new Gauge({ name: 'o', help: 'h', labelNames: ['collection'] as const, registers }),
      eventsPublished: new Counter({ name: 'p', help: 'h', labelNames: ['topic', 'type'] as const, registers }),
    };
    const logger: MessagingLogger = pino({ enabled: false });
    metrics.eventsConsumed.inc({ topic: 't', type: 'x', outcome: 'processed' });
    logger.info({ a: 1 }, 'ok');
    expect(metrics).toBeDefined();
  });
});
