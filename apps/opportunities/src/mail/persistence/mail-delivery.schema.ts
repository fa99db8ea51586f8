import { Schema } from 'mongoose';

/**
 * pending: due at nextAttemptAt; sending: handed to the relay by a worker since sendingSince (the
 * sent marker follows the relay's answer); sent; failed: retries exhausted or refused for good;
 * suppressed: the recipient unsubscribed from the subscription before it went out.
 */
export const MAIL_DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed', 'suppressed'] as const;
export type MailDeliveryStatus = (typeof MAIL_DELIVERY_STATUSES)[number];

export interface MailAttempt {
  attempt: number;
  at: Date;
  durationMs: number;
  /** The relay's answer to a sent message ("250 OK …"). */
  response?: string;
  error?: string;
}

/**
 * One recipient's copy of one claimed mail: `_id` is `<claimId>|<recipientId>`, so scheduling the
 * same claim twice (two replicas, a re-run after a crash) inserts nothing new. The message is
 * stored as composed, so every attempt — on any replica, after any restart — sends the same
 * bytes under the same Message-ID.
 */
export interface MailDeliveryDocument {
  _id: string;
  claimId: string;
  subscriptionId: string;
  recipientId: string;
  address: string;
  messageId: string;
  message: { from: string; toName: string; subject: string; html: string; text: string; headers: Record<string, string> };
  status: MailDeliveryStatus;
  attemptCount: number;
  attempts: MailAttempt[];
  nextAttemptAt: Date;
  sendingSince?: Date;
  createdAt: Date;
  sentAt?: Date;
}

/** One document per mail to schedule: `_id` `<subscriptionId>:<period key>` (digest) or `<subscriptionId>:<notificationId>` (instant). */
export interface MailClaimDocument {
  _id: string;
  claimedAt: Date;
  /** Set once every recipient's delivery is stored; a claim without it after MAIL_CLAIM_STALE_MS is taken over. */
  scheduledAt?: Date;
  recipients?: number;
}

/** `<subscriptionId>|<recipientId>`: no more mail of that subscription to that recipient. */
export interface MailSuppressionDocument {
  _id: string;
  subscriptionId: string;
  recipientId: string;
  at: Date;
}

export const MAIL_DELIVERIES_COLLECTION = 'mail_deliveries';
export const MAIL_CLAIMS_COLLECTION = 'mail_claims';
/** Claims of one attempt (`<deliveryId>:<due time>`), as webhooks': the unique insert elects one worker. */
export const MAIL_ATTEMPT_CLAIMS_COLLECTION = 'mail_attempt_claims';
export const MAIL_SUPPRESSIONS_COLLECTION = 'mail_suppressions';

export const mailDeliverySchema = new Schema<MailDeliveryDocument>(
  {
    _id: { type: String, required: true },
    claimId: { type: String, required: true },
    subscriptionId: { type: String, required: true },
    recipientId: { type: String, required: true },
    address: { type: String, required: true },
    messageId: { type: String, required: true },
    message: { type: Schema.Types.Mixed, required: true },
    status: { type: String, required: true },
    attemptCount: { type: Number, required: true },
    attempts: { type: Schema.Types.Mixed, default: [] },
    nextAttemptAt: { type: Date, required: true },
    sendingSince: Date,
    createdAt: { type: Date, required: true },
    sentAt: Date,
  },
  { versionKey: false, timestamps: false, collection: MAIL_DELIVERIES_COLLECTION, minimize: false },
);

// The worker's poll: what is due (pending by due time; sending by age, to take over a crashed worker's).
mailDeliverySchema.index({ status: 1, nextAttemptAt: 1 });
// The per-recipient send-rate limit: mail sent to an address in the last hour.
mailDeliverySchema.index({ address: 1, sentAt: 1 });
// The global send-rate limit: mail sent by any replica in the last second.
mailDeliverySchema.index({ sentAt: 1 });
// The delivery log of one subscription, newest first, and suppressing a recipient's pending mail.
mailDeliverySchema.index({ subscriptionId: 1, createdAt: -1 });
