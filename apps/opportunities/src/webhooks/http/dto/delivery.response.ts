import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DELIVERY_STATUSES, type DeliveryStatus, type WebhookDeliveryDocument } from '../../persistence/webhook-delivery.schema';

export class DeliveryAttemptResponse {
  @ApiProperty() attempt!: number;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() durationMs!: number;
  @ApiPropertyOptional() statusCode?: number;
  @ApiPropertyOptional() error?: string;
}

export class DeliveryResponse {
  @ApiProperty({ description: 'The notification id, sent as webhook-id on every attempt.' }) deliveryId!: string;
  @ApiProperty() seq!: number;
  @ApiProperty() kind!: string;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status!: DeliveryStatus;
  @ApiProperty() attemptCount!: number;
  @ApiProperty({ type: [DeliveryAttemptResponse] }) attempts!: DeliveryAttemptResponse[];
  @ApiPropertyOptional({ format: 'date-time' }) nextAttemptAt?: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) deliveredAt?: string;
}

export class DeliveryPageResponse {
  @ApiProperty({ type: [DeliveryResponse] }) items!: DeliveryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export function toDeliveryResponse(doc: WebhookDeliveryDocument): DeliveryResponse {
  return {
    deliveryId: doc._id,
    seq: doc.seq,
    kind: doc.kind,
    status: doc.status,
    attemptCount: doc.attemptCount,
    attempts: doc.attempts.map((attempt) => ({
      attempt: attempt.attempt,
      at: new Date(attempt.at).toISOString(),
      durationMs: attempt.durationMs,
      ...(attempt.statusCode !== undefined ? { statusCode: attempt.statusCode } : {}),
      ...(attempt.error ? { error: attempt.error } : {}),
    })),
    ...(doc.status === 'pending' ? { nextAttemptAt: doc.nextAttemptAt.toISOString() } : {}),
    createdAt: doc.createdAt.toISOString(),
    ...(doc.deliveredAt ? { deliveredAt: doc.deliveredAt.toISOString() } : {}),
  };
}
