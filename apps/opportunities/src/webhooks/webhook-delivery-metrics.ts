import { METRICS, type PlatformMetrics } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';

/**
 * What one delivery attempt came to: `delivered` (a 2xx in time), `failed` (anything else, retried
 * later) or `exhausted` (it failed and was the last attempt: the delivery is given up). A refused
 * or unresolvable target is an attempt that failed, like a receiver's error.
 */
export type WebhookAttemptOutcome = 'delivered' | 'failed' | 'exhausted';

/**
 * Opportunities' webhook metrics, on the service's registry (PlatformMetrics), so they are served
 * at GET /metrics with the platform's `service` label. The failure-rate alert and the dashboard read
 * icn_webhook_deliveries_total (deploy/helm/icn-platform).
 */
@Injectable()
export class WebhookDeliveryMetrics {
  private readonly attempts: Counter<'outcome'>;

  constructor(@Inject(METRICS) metrics: PlatformMetrics) {
    this.attempts = new Counter({
      name: 'icn_webhook_deliveries_total',
      help: 'Webhook delivery attempts by outcome: delivered, failed (retried later) or exhausted (the last attempt failed; the delivery is given up).',
      labelNames: ['outcome'],
      registers: [metrics.registry],
    });
    // Every outcome is exported from the start, so a rate over them is defined before the first failure.
    for (const outcome of ['delivered', 'failed', 'exhausted'] satisfies WebhookAttemptOutcome[]) this.attempts.inc({ outcome }, 0);
  }

  attempted(outcome: WebhookAttemptOutcome): void {
    this.attempts.inc({ outcome });
  }
}
