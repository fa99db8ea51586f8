import {
  INTRODUCTION_OUTCOMES,
  INTRODUCTION_PURPOSES,
  INTRODUCTION_STATUSES,
  type IntroductionOutcome,
  type IntroductionOutcomeRecordV1,
  type IntroductionPurpose,
  type IntroductionSnapshotV1,
  type IntroductionStatus,
} from '@icn/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { IntroductionPage } from './introduction-page';

/** The latest outcome recorded on an accepted introduction; a correction replaces it whole. */
export class IntroductionOutcomeRecordResponse implements IntroductionOutcomeRecordV1 {
  @ApiProperty({ enum: INTRODUCTION_OUTCOMES, description: 'Worst to best; matching reads it to adjust rankings.' }) outcome!: IntroductionOutcome;
  @ApiPropertyOptional() note?: string;
  @ApiProperty({ description: 'The subject that recorded it (either side, or a cluster manager of either).' }) recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

/** An introduction as the API returns it: the snapshot its events carry (names and clusters as at request time). */
export class IntroductionResponse implements IntroductionSnapshotV1 {
  @ApiProperty({ format: 'uuid' }) introductionId!: string;
  @ApiProperty({ format: 'uuid', description: 'Organisation A, which asked to be introduced.' }) requesterOrganisationId!: string;
  @ApiProperty() requesterOrganisationName!: string;
  @ApiProperty({ example: 'clean' }) requesterClusterId!: string;
  @ApiProperty({ format: 'uuid', description: 'Organisation B, which decides.' }) targetOrganisationId!: string;
  @ApiProperty() targetOrganisationName!: string;
  @ApiProperty({ example: 'tweed' }) targetClusterId!: string;
  @ApiProperty({ enum: INTRODUCTION_PURPOSES }) purpose!: IntroductionPurpose;
  @ApiProperty() message!: string;
  @ApiProperty({ enum: INTRODUCTION_STATUSES }) status!: IntroductionStatus;
  @ApiProperty({ description: 'The subject that asked (a member of A, A’s cluster manager, the secretariat).' }) requestedBy!: string;
  @ApiPropertyOptional() declineReason?: string;
  @ApiPropertyOptional({ type: IntroductionOutcomeRecordResponse }) outcome?: IntroductionOutcomeRecordResponse;
  @ApiProperty({ description: 'Aggregate version; the sequence of its latest event.' }) version!: number;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) acceptedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) declinedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) withdrawnAt?: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** One page of GET /introductions, newest first. */
export class IntroductionPageResponse implements IntroductionPage {
  @ApiProperty({ type: [IntroductionResponse] }) items!: IntroductionResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
