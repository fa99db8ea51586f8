import { computeBackoffMs } from '@icn/messaging';
import type { Logger } from 'pino';
import type { MailConfig } from './mail.config';
import type { MailAttemptCounter } from './mail-delivery-metrics';
import type { MailDeliveryDocument } from './persistence/mail-delivery.schema';
import type { MailDeliveryRepository } from './persistence/mail-delivery.repository';
import type { ComposedMail } from './rendering/opportunity-mail.composer';
import type { SendOutcome } from './transport/smtp-mailer';

export interface MailTransport {
  send(mail: ComposedMail): Promise<SendOutcome>;
}

export type MailWorkerSettings = Pick<
  MailConfig,
  'MAIL_POLL_MS' | 'MAIL_MAX_ATTEMPTS' | 'MAIL_BACKOFF_BASE_MS' | 'MAIL_BACKOFF_MAX_MS' | 'MAIL_MAX_PER_SECOND' | 'MAIL_MAX_PER_RECIPIENT_PER_HOUR' | 'SMTP_TIMEOUT_MS'
>;

const HOUR_MS = 3_600_000;
const BATCH = 100;

/**
 * Sends due mail on every replica (ADR 19). Each attempt is claimed by a unique insert, so two
 * replicas never send the same attempt. The delivery is marked `sending` before the relay is
 * asked and `sent` after it answered: a worker killed in between leaves `sending`, and after
 * staleAfterMs another worker sends it again — under the same Message-ID, since the relay may
 * have accepted the first copy (at least once, a resend recognisable as one; never lost).
 */
export class MailDeliveryWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private lastSendAt = 0;

  constructor(
    private readonly deliveries: MailDeliveryRepository,
    private readonly transport: MailTransport,
    private readonly settings: MailWorkerSettings,
    private readonly logger?: Logger,
    private readonly metrics: MailAttemptCounter = { attempted: () => undefined },
  ) {}

  /** A worker killed mid-send holds a delivery `sending` this long before another takes it over. */
  get staleAfterMs(): number {
    // nodemailer's connection, greeting and socket limits each apply once: past all three the send is over.
    return this.settings.SMTP_TIMEOUT_MS * 3 + this.settings.MAIL_POLL_MS;
  }

  start(): void {
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** New mail was scheduled: look now instead of at the next poll. */
  trigger(): void {
    if (this.stopped) return;
    this.again = true;
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
  }

  /** Resolves once nothing that is due is left (tests; the poll does the same in the background). */
  async drainNow(): Promise<void> {
    this.trigger();
    while (this.running) await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.trigger();
      this.schedule(this.settings.MAIL_POLL_MS);
    }, delayMs);
    this.timer.unref();
  }

  private async drain(): Promise<void> {
    while (this.again && !this.stopped) {
      this.again = false;
      try {
        const due = await this.deliveries.due(BATCH, this.staleAfterMs);
        for (const delivery of due) {
          if (this.stopped) break;
          await this.attempt(delivery);
        }
        if (due.length === BATCH) this.again = true;
      } catch (error) {
        this.logger?.warn({ err: error }, 'mail worker pass failed; the next poll retries');
      }
    }
  }

  private async attempt(delivery: MailDeliveryDocument): Promise<void> {
    if (!(await this.deliveries.claimAttempt(delivery))) return;
    if (await this.deliveries.isSuppressed(delivery.subscriptionId, delivery.recipientId)) {
      await this.deliveries.setStatus(delivery._id, 'suppressed');
      this.metrics.attempted('suppressed');
      return;
    }
    const now = Date.now();
    const recent = await this.deliveries.sentTimesTo(delivery.address, new Date(now - HOUR_MS));
    if (recent.length >= this.settings.MAIL_MAX_PER_RECIPIENT_PER_HOUR) {
      // Due again when the oldest send that counts leaves the window.
      const freeAt = recent[recent.length - this.settings.MAIL_MAX_PER_RECIPIENT_PER_HOUR].getTime() + HOUR_MS;
      await this.deliveries.postpone(delivery._id, new Date(freeAt));
      this.metrics.attempted('postponed');
      return;
    }
    await this.paceGlobally();
    const outcome = await this.transport.send(toComposedMail(delivery));
    const number = delivery.attemptCount + 1;
    const at = new Date();
    if (outcome.ok) {
      await this.deliveries.recordAttempt(delivery._id, { attempt: number, at, durationMs: outcome.durationMs, response: outcome.response }, 'sent', at);
      this.metrics.attempted('sent');
      return;
    }
    const givenUp = outcome.permanent || number >= this.settings.MAIL_MAX_ATTEMPTS;
    const delay = computeBackoffMs(number, { initialMs: this.settings.MAIL_BACKOFF_BASE_MS, maxMs: this.settings.MAIL_BACKOFF_MAX_MS, multiplier: 2, jitter: 0.2 });
    await this.deliveries.recordAttempt(delivery._id, { attempt: number, at, durationMs: outcome.durationMs, error: outcome.error }, givenUp ? 'failed' : 'pending', new Date(at.getTime() + delay));
    this.metrics.attempted(givenUp ? 'exhausted' : 'failed');
    this.logger?.warn({ deliveryId: delivery._id, attempt: number, givenUp, error: outcome.error }, 'mail send failed');
    if (!givenUp && delay < this.settings.MAIL_POLL_MS) setTimeout(() => this.trigger(), delay + 5).unref();
  }

  /**
   * At most MAIL_MAX_PER_SECOND messages a second from the whole service: this replica spaces its
   * own sends by 1/limit s, and waits while the sent markers of every replica in the last second
   * already reach the limit. Replicas checking at the same instant may each send one more, so a
   * second can hold up to limit + replicas − 1 (a relay's limit should leave that room).
   */
  private async paceGlobally(): Promise<void> {
    const gapMs = 1000 / this.settings.MAIL_MAX_PER_SECOND;
    const wait = this.lastSendAt + gapMs - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    while (!this.stopped && (await this.deliveries.sentSince(new Date(Date.now() - 1000))) >= this.settings.MAIL_MAX_PER_SECOND) {
      await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
    this.lastSendAt = Date.now();
  }
}

function toComposedMail(delivery: MailDeliveryDocument): ComposedMail {
  const { message } = delivery;
  return {
    messageId: delivery.messageId,
    from: message.from,
    to: { name: message.toName, address: delivery.address },
    subject: message.subject,
    html: message.html,
    text: message.text,
    headers: message.headers,
  };
}
