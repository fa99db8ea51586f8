import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAIL_DELIVERY_STATUSES, type MailDeliveryDocument, type MailDeliveryStatus } from '../persistence/mail-delivery.schema';

export class MailAttemptResponse {
  @ApiProperty() attempt!: number;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() durationMs!: number;
  @ApiPropertyOptional({ description: 'The relay’s answer to a sent message, e.g. 250 OK' }) response?: string;
  @ApiPropertyOptional({ description: 'Why the attempt failed' }) error?: string;
}

/** One recipient's copy of one mail: an instant notification or a digest period. */
export class MailDeliveryResponse {
  @ApiProperty({ description: '`<subscription>:<notification or period>|<recipient>`' }) deliveryId!: string;
  @ApiProperty({ description: 'The mail it is a copy of: `<subscription>:<notification id>` or `<subscription>:<cadence>:<local date>`' }) claimId!: string;
  @ApiProperty({ format: 'uuid', description: 'The contact it goes to' }) recipientId!: string;
  @ApiProperty({ description: 'Sent as Message-ID on every attempt' }) messageId!: string;
  @ApiProperty({ enum: MAIL_DELIVERY_STATUSES }) status!: MailDeliveryStatus;
  @ApiProperty() attemptCount!: number;
  @ApiProperty({ type: [MailAttemptResponse] }) attempts!: MailAttemptResponse[];
  @ApiPropertyOptional({ format: 'date-time', description: 'When a pending delivery is due' }) nextAttemptAt?: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) sentAt?: string;
}

export class MailDeliveryPageResponse {
  @ApiProperty({ type: [MailDeliveryResponse] }) items!: MailDeliveryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export function toMailDeliveryResponse(doc: Omit<MailDeliveryDocument, 'message'>): MailDeliveryResponse {
  return {
    deliveryId: doc._id,
    claimId: doc.claimId,
    recipientId: doc.recipientId,
    messageId: doc.messageId,
    status: doc.status,
    attemptCount: doc.attemptCount,
    attempts: doc.attempts.map((attempt) => ({
      attempt: attempt.attempt,
      at: new Date(attempt.at).toISOString(),
      durationMs: attempt.durationMs,
      ...(attempt.response ? { response: attempt.response } : {}),
      ...(attempt.error ? { error: attempt.error } : {}),
    })),
    ...(doc.status === 'pending' ? { nextAttemptAt: doc.nextAttemptAt.toISOString() } : {}),
    createdAt: doc.createdAt.toISOString(),
    ...(doc.sentAt ? { sentAt: doc.sentAt.toISOString() } : {}),
  };
}
