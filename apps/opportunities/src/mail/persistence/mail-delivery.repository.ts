import { DATABASE_CONNECTION, DUPLICATE_KEY_ERROR_CODE } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Collection, Connection, Model } from 'mongoose';
import { insertManyUnordered } from '../../notifications/persistence/insert-many-unordered';
import type { ComposedMail } from '../rendering/opportunity-mail.composer';
import {
  MAIL_ATTEMPT_CLAIMS_COLLECTION,
  MAIL_CLAIMS_COLLECTION,
  MAIL_SUPPRESSIONS_COLLECTION,
  mailDeliverySchema,
  type MailAttempt,
  type MailClaimDocument,
  type MailDeliveryDocument,
  type MailDeliveryStatus,
  type MailSuppressionDocument,
} from './mail-delivery.schema';

interface AttemptClaimDocument {
  _id: string;
  claimedAt: Date;
}

/** What a claim of a mail gave: `claimed` (compose and schedule it now), `done` (scheduled before), `busy` (another replica is at it). */
export type MailClaimOutcome = 'claimed' | 'done' | 'busy';

export interface ScheduledMail {
  subscriptionId: string;
  recipientId: string;
  mail: ComposedMail;
}

const isDuplicate = (error: unknown): boolean => (error as { code?: unknown }).code === DUPLICATE_KEY_ERROR_CODE;

/**
 * Mail scheduled in the database (ADR 19). Exactly-once comes from unique inserts, as for
 * webhooks, never from concurrent updates: one claim per mail (`<subscription>:<period>`), one
 * delivery per recipient of it, one claim per attempt. The stored message is sent as it is, so a
 * resend after a crash carries the same Message-ID.
 */
@Injectable()
export class MailDeliveryRepository implements OnModuleInit {
  readonly model: Model<MailDeliveryDocument>;
  private readonly claims: Collection<MailClaimDocument>;
  private readonly attemptClaims: Collection<AttemptClaimDocument>;
  private readonly suppressions: Collection<MailSuppressionDocument>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<MailDeliveryDocument>('MailDelivery', mailDeliverySchema);
    this.claims = connection.collection<MailClaimDocument>(MAIL_CLAIMS_COLLECTION) as unknown as Collection<MailClaimDocument>;
    this.attemptClaims = connection.collection<AttemptClaimDocument>(MAIL_ATTEMPT_CLAIMS_COLLECTION) as unknown as Collection<AttemptClaimDocument>;
    this.suppressions = connection.collection<MailSuppressionDocument>(MAIL_SUPPRESSIONS_COLLECTION) as unknown as Collection<MailSuppressionDocument>;
  }

  private get deliveries(): Collection<MailDeliveryDocument> {
    return this.model.collection as unknown as Collection<MailDeliveryDocument>;
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /**
   * Elects the one replica that composes and schedules the mail `claimId`. A claim whose replica
   * died before it stored the deliveries (no `scheduledAt` after `staleAfterMs`) is taken over —
   * by a second unique insert naming the stale claim, so two replicas cannot both take it over.
   */
  async claim(claimId: string, staleAfterMs: number, now = new Date()): Promise<MailClaimOutcome> {
    try {
      await this.claims.insertOne({ _id: claimId, claimedAt: now });
      return 'claimed';
    } catch (error) {
      if (!isDuplicate(error)) throw error;
    }
    const existing = await this.claims.findOne({ _id: claimId });
    if (!existing) return 'busy';
    if (existing.scheduledAt) return 'done';
    if (now.getTime() - existing.claimedAt.getTime() <= staleAfterMs) return 'busy';
    try {
      await this.attemptClaims.insertOne({ _id: `takeover:${claimId}:${existing.claimedAt.getTime()}`, claimedAt: now });
    } catch (error) {
      if (isDuplicate(error)) return 'busy';
      throw error;
    }
    await this.claims.updateOne({ _id: claimId }, { $set: { claimedAt: now } });
    return 'claimed';
  }

  /**
   * Stores one delivery per recipient (idempotent: a re-run after a crash adds only what is
   * missing), then marks the claim scheduled. Recipients who unsubscribed get none.
   */
  async schedule(claimId: string, mails: readonly ScheduledMail[], now = new Date()): Promise<number> {
    const suppressed = await this.suppressedOf(mails);
    const documents: MailDeliveryDocument[] = mails
      .filter(({ subscriptionId, recipientId }) => !suppressed.has(`${subscriptionId}|${recipientId}`))
      .map(({ subscriptionId, recipientId, mail }) => ({
        _id: `${claimId}|${recipientId}`,
        claimId,
        subscriptionId,
        recipientId,
        address: mail.to.address.toLowerCase(),
        messageId: mail.messageId,
        message: { from: mail.from, toName: mail.to.name, subject: mail.subject, html: mail.html, text: mail.text, headers: mail.headers },
        status: 'pending',
        attemptCount: 0,
        attempts: [],
        nextAttemptAt: now,
        createdAt: now,
      }));
    await insertManyUnordered(this.deliveries, documents);
    await this.claims.updateOne({ _id: claimId }, { $set: { scheduledAt: now, recipients: documents.length } });
    return documents.length;
  }

  private async suppressedOf(mails: readonly ScheduledMail[]): Promise<Set<string>> {
    if (mails.length === 0) return new Set();
    const found = await this.suppressions.find({ _id: { $in: mails.map(({ subscriptionId, recipientId }) => `${subscriptionId}|${recipientId}`) } }).toArray();
    return new Set(found.map((document) => document._id));
  }

  /** Due now: pending ones past their time, and ones a crashed worker left `sending` longer than `staleAfterMs`. */
  async due(limit: number, staleAfterMs: number, now = new Date()): Promise<MailDeliveryDocument[]> {
    const [pending, stale] = await Promise.all([
      this.deliveries.find({ status: 'pending', nextAttemptAt: { $lte: now } }).sort({ nextAttemptAt: 1 }).limit(limit).toArray(),
      this.deliveries.find({ status: 'sending', sendingSince: { $lte: new Date(now.getTime() - staleAfterMs) } }).limit(limit).toArray(),
    ]);
    return [...stale, ...pending].slice(0, limit);
  }

  /**
   * Elects one worker for this attempt across replicas and marks the delivery `sending` (the
   * marker a crash leaves behind). The claim id names the delivery in the state it was read in,
   * so it is unique per scheduled attempt, per postponement and per takeover of a crashed send.
   */
  async claimAttempt(delivery: MailDeliveryDocument, now = new Date()): Promise<boolean> {
    const since = delivery.status === 'sending' && delivery.sendingSince ? `s${delivery.sendingSince.getTime()}` : `p${delivery.nextAttemptAt.getTime()}`;
    try {
      await this.attemptClaims.insertOne({ _id: `${delivery._id}:${delivery.attemptCount}:${since}`, claimedAt: now });
    } catch (error) {
      if (isDuplicate(error)) return false;
      throw error;
    }
    await this.deliveries.updateOne({ _id: delivery._id }, { $set: { status: 'sending', sendingSince: now } });
    return true;
  }

  /** The sent marker (or the failure and the next due time), with the attempt in the delivery log. */
  async recordAttempt(id: string, attempt: MailAttempt, status: MailDeliveryStatus, nextAttemptAt: Date): Promise<void> {
    await this.deliveries.updateOne(
      { _id: id },
      {
        $set: { status, nextAttemptAt, ...(status === 'sent' ? { sentAt: attempt.at } : {}) },
        $unset: { sendingSince: '' },
        $inc: { attemptCount: 1 },
        $push: { attempts: attempt },
      },
    );
  }

  /** Not now (a send-rate limit): due again at `until`, without counting an attempt. */
  async postpone(id: string, until: Date): Promise<void> {
    await this.deliveries.updateOne({ _id: id }, { $set: { status: 'pending', nextAttemptAt: until }, $unset: { sendingSince: '' } });
  }

  async setStatus(id: string, status: MailDeliveryStatus): Promise<void> {
    await this.deliveries.updateOne({ _id: id }, { $set: { status }, $unset: { sendingSince: '' } });
  }

  /** When mail to `address` went out since `since`, oldest first (the per-recipient send-rate limit). */
  async sentTimesTo(address: string, since: Date): Promise<Date[]> {
    const sent = await this.deliveries.find({ address, sentAt: { $gte: since } }, { projection: { sentAt: 1 } }).sort({ sentAt: 1 }).toArray();
    return sent.flatMap((document) => (document.sentAt ? [document.sentAt] : []));
  }

  /** How many messages any replica handed to the relay since `since` (the global send-rate limit). */
  async sentSince(since: Date): Promise<number> {
    return this.deliveries.countDocuments({ sentAt: { $gte: since } });
  }

  /** One POST of an unsubscribe link: no further mail of the subscription to the recipient, including what is already scheduled. */
  async suppress(subscriptionId: string, recipientId: string, now = new Date()): Promise<void> {
    try {
      await this.suppressions.insertOne({ _id: `${subscriptionId}|${recipientId}`, subscriptionId, recipientId, at: now });
    } catch (error) {
      if (!isDuplicate(error)) throw error;
    }
    await this.deliveries.updateMany({ subscriptionId, recipientId, status: 'pending' }, { $set: { status: 'suppressed' } });
  }

  async isSuppressed(subscriptionId: string, recipientId: string): Promise<boolean> {
    return (await this.suppressions.countDocuments({ _id: `${subscriptionId}|${recipientId}` }, { limit: 1 })) > 0;
  }

  /**
   * The delivery log of a subscription, newest first (ties by id), without the messages' bodies;
   * `after` is the last row of the previous page.
   */
  async log(subscriptionId: string, limit: number, after?: { createdAt: Date; id: string }): Promise<Omit<MailDeliveryDocument, 'message'>[]> {
    const page = after ? { $or: [{ createdAt: { $lt: after.createdAt } }, { createdAt: after.createdAt, _id: { $gt: after.id } }] } : {};
    return this.deliveries.find({ subscriptionId, ...page }, { projection: { message: 0 } }).sort({ createdAt: -1, _id: 1 }).limit(limit).toArray();
  }
}
