import { METRICS, type PlatformMetrics } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';

/**
 * What one mail attempt came to: `sent` (the relay accepted it), `failed` (retried later),
 * `exhausted` (the last attempt failed, or the relay refused it for good: given up), `suppressed`
 * (the recipient unsubscribed before it went out) or `postponed` (over the per-recipient limit).
 */
export const MAIL_ATTEMPT_OUTCOMES = ['sent', 'failed', 'exhausted', 'suppressed', 'postponed'] as const;
export type MailAttemptOutcome = (typeof MAIL_ATTEMPT_OUTCOMES)[number];

/** Counts what became of mail attempts. */
export interface MailAttemptCounter {
  attempted(outcome: MailAttemptOutcome): void;
}

/**
 * Opportunities' mail metrics on the service's registry (PlatformMetrics), served at GET /metrics
 * with the platform's `service` label, as webhooks' icn_webhook_deliveries_total.
 */
@Injectable()
export class MailDeliveryMetrics implements MailAttemptCounter {
  private readonly attempts: Counter<'outcome'>;

  constructor(@Inject(METRICS) metrics: PlatformMetrics) {
    this.attempts = new Counter({
      name: 'icn_mail_deliveries_total',
      help: 'Mail attempts by outcome: sent, failed (retried later), exhausted (given up), suppressed (unsubscribed) or postponed (per-recipient limit).',
      labelNames: ['outcome'],
      registers: [metrics.registry],
    });
    // Every outcome is exported from the start, so a rate over them is defined before the first failure.
    for (const outcome of MAIL_ATTEMPT_OUTCOMES) this.attempts.inc({ outcome }, 0);
  }

  attempted(outcome: MailAttemptOutcome): void {
    this.attempts.inc({ outcome });
  }
}
