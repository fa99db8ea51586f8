import { computeBackoffMs, traceCarrierOfEvent, withEventDeliverySpan, type TraceCarrier } from '@icn/messaging';
import { LOGGER } from '@icn/platform';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { DELIVERY_CONFIG, type DeliveryConfig } from '../notifications/delivery.config';
import { SubscriptionRepository } from '../subscriptions/persistence/subscription.repository';
import { SubscriptionsService } from '../subscriptions/http/subscriptions.service';
import type { DeliveryAttempt, WebhookDeliveryDocument } from './persistence/webhook-delivery.schema';
import { WebhookDeliveryRepository } from './persistence/webhook-delivery.repository';
import { WebhookDeliveryMetrics } from './webhook-delivery-metrics';
import { sendWebhook, type SendResult } from './webhook-sender';
import { WebhookTargetGuard } from './target/webhook-target.guard';

/**
 * Sends due webhook deliveries. Runs on every replica, off the Kafka path: the pipeline only
 * schedules (an insert), so a slow or dead receiver never holds a partition. Each attempt is
 * claimed by a unique insert, so two replicas never send the same attempt; a receiver may still
 * see a notification twice after a crash mid-request (at-least-once) and dedupes by webhook-id.
 * A subscription's deliveries go one at a time in feed order (head of line, see `drain`).
 */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly subscriptionsService: SubscriptionsService,
    private readonly targetGuard: WebhookTargetGuard,
    private readonly metrics: WebhookDeliveryMetrics,
    @Inject(DELIVERY_CONFIG) private readonly config: DeliveryConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(this.config.WEBHOOK_POLL_MS);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** New work was scheduled (a fresh notification, a redelivery): look now instead of at the next poll. */
  trigger(): void {
    if (this.stopped) return;
    this.again = true;
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.trigger();
      this.schedule(this.config.WEBHOOK_POLL_MS);
    }, delayMs);
    this.timer.unref();
  }

  /**
   * One pass: every subscription with pending deliveries is a lane, at most WEBHOOK_CONCURRENCY lanes
   * at a time. A lane sends its head, then the next, until one is not due yet (backing off) or is
   * another replica's to send — so a receiver down for an hour gets its backlog in order when it
   * returns, and a failing receiver costs one attempt per backoff step, not one per notification.
   */
  private async drain(): Promise<void> {
    while (this.again && !this.stopped) {
      this.again = false;
      try {
        const lanes = await this.deliveries.subscriptionsWithPending();
        for (const subscriptionId of lanes) {
          while (this.inFlight.size >= this.config.WEBHOOK_CONCURRENCY) await Promise.race(this.inFlight);
          if (this.stopped) break;
          const work = this.sendLane(subscriptionId).finally(() => this.inFlight.delete(work));
          this.inFlight.add(work);
        }
        await Promise.all(this.inFlight);
      } catch (error) {
        this.logger.warn({ err: error }, 'webhook worker pass failed; the next poll retries');
      }
    }
  }

  private async sendLane(subscriptionId: string): Promise<void> {
    while (!this.stopped) {
      const head = await this.deliveries.head(subscriptionId);
      if (!head || head.nextAttemptAt.getTime() > Date.now()) return;
      const outcome = await this.attempt(head);
      // Only a head that is settled lets the next one go; anything else keeps the lane's order.
      if (outcome !== 'delivered' && outcome !== 'given-up') return;
    }
  }

  private async attempt(delivery: WebhookDeliveryDocument): Promise<AttemptOutcome> {
    try {
      const staleAfterMs = this.config.WEBHOOK_TIMEOUT_MS * 2 + this.config.WEBHOOK_POLL_MS;
      if (!(await this.deliveries.claim(delivery, staleAfterMs))) return 'not-ours';
      const subscription = await this.subscriptions.findLive(delivery.subscriptionId);
      const webhook = subscription?.channels.webhook;
      if (!subscription || !webhook) {
        await this.deliveries.setStatus(delivery._id, 'failed');
        return 'given-up';
      }
      if (webhook.status === 'disabled') {
        await this.deliveries.suspendPending(delivery.subscriptionId);
        return 'suspended';
      }
      const result = await withEventDeliverySpan(
        'webhook deliver',
        traceCarrierOfBody(delivery.body),
        { 'icn.subscription.id': delivery.subscriptionId, 'icn.webhook.delivery.id': delivery._id, 'icn.webhook.attempt': delivery.attemptCount + 1 },
        () => this.send(webhook.url, webhook.secret, delivery),
        (sent) => (sent.ok ? undefined : sent.error ?? 'failed'),
      );
      const number = delivery.attemptCount + 1;
      const now = new Date();
      const attempt: DeliveryAttempt = {
        attempt: number,
        at: now,
        durationMs: result.durationMs,
        ...(result.statusCode !== undefined ? { statusCode: result.statusCode } : {}),
        ...(result.error ? { error: result.error } : {}),
      };
      let outcome: AttemptOutcome;
      if (result.ok) {
        await this.deliveries.recordAttempt(delivery._id, attempt, 'delivered', now);
        this.metrics.attempted('delivered');
        outcome = 'delivered';
      } else {
        const exhausted = number >= this.config.WEBHOOK_MAX_ATTEMPTS;
        // base, 2·base, 4·base … capped, ±20 % so a receiver coming back is not hit by every retry at once.
        const delay = computeBackoffMs(number, { initialMs: this.config.WEBHOOK_BACKOFF_BASE_MS, maxMs: this.config.WEBHOOK_BACKOFF_MAX_MS, multiplier: 2, jitter: 0.2 });
        await this.deliveries.recordAttempt(delivery._id, attempt, exhausted ? 'failed' : 'pending', new Date(now.getTime() + delay));
        this.metrics.attempted(exhausted ? 'exhausted' : 'failed');
        if (!exhausted) this.wakeAt(delay);
        outcome = exhausted ? 'given-up' : 'retrying';
      }
      const disabled = await this.subscriptionsService.recordWebhookOutcome(subscription.subscriptionId, result.ok, this.config.WEBHOOK_DISABLE_AFTER_FAILURES);
      if (disabled) {
        this.logger.warn({ subscriptionId: subscription.subscriptionId }, 'webhook disabled after persistent failure');
        await this.deliveries.suspendPending(subscription.subscriptionId);
        return 'suspended';
      }
      return outcome;
    } catch (error) {
      this.logger.warn({ err: error, deliveryId: delivery._id }, 'webhook attempt failed to run; it stays due');
      return 'retrying';
    }
  }

  /**
   * The target is checked again now (after DNS resolution) and the connection goes to the checked
   * address. A refused target is never connected to; it is logged as a failed attempt with the
   * reason and counts toward disabling the webhook like any other failure.
   */
  private async send(url: string, secret: string, delivery: WebhookDeliveryDocument): Promise<SendResult> {
    const started = Date.now();
    const decision = await this.targetGuard.decide(url);
    if (decision.kind === 'refused') {
      this.logger.warn({ subscriptionId: delivery.subscriptionId, deliveryId: delivery._id, reason: decision.reason }, 'webhook target refused');
      return { ok: false, error: `refused, not attempted: url ${decision.reason}`, durationMs: Date.now() - started };
    }
    if (decision.kind === 'unresolved') return { ok: false, error: decision.reason, durationMs: Date.now() - started };
    return sendWebhook(decision.target, secret, delivery._id, delivery.body, this.config.WEBHOOK_TIMEOUT_MS);
  }

  /** A retry due before the next poll would otherwise wait for it; short backoffs (tests) stay short. */
  private wakeAt(delayMs: number): void {
    if (delayMs >= this.config.WEBHOOK_POLL_MS) return;
    setTimeout(() => this.trigger(), delayMs + 5).unref();
  }
}

/**
 * What became of one attempt, for its lane: `delivered` or `given-up` (retries exhausted, or nothing
 * left to send to) let the next delivery go; the rest hold the lane — `retrying` until its backoff
 * is over, `not-ours` while another replica sends it, `suspended` until the webhook is re-enabled.
 */
type AttemptOutcome = 'delivered' | 'given-up' | 'retrying' | 'not-ours' | 'suspended';

/**
 * The trace context of the notification a delivery sends (its CloudEvent's `traceparent`), so each
 * attempt, whenever and wherever it runs, joins the trace of the publication that caused it — and
 * the receiver gets a `traceparent` header to continue it (ADR 15). A body that is not a traced
 * event gives none: the attempt starts a trace of its own.
 */
function traceCarrierOfBody(body: string): TraceCarrier {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null ? traceCarrierOfEvent(parsed) : {};
  } catch {
    return {};
  }
}
