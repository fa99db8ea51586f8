import {
  APPLICATION_COMMENT_KINDS,
  APPLICATION_OUTCOMES,
  APPLICATION_STATUSES,
  HELIX_TYPES,
  type ApplicationAnswerV1,
  type ApplicationCommentKind,
  type ApplicationCommentV1,
  type ApplicationOutcome,
  type ApplicationSnapshotV1,
  type ApplicationStatus,
  type HelixType,
} from '@icn/contracts';
import type { KeysetPage } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ApplicationAnswerResponse implements ApplicationAnswerV1 {
  @ApiProperty({ example: 'solution-summary' }) requirementKey!: string;
  @ApiProperty() text!: string;
}

export class ApplicationCommentResponse implements ApplicationCommentV1 {
  @ApiProperty({ enum: APPLICATION_COMMENT_KINDS, description: 'The step it came with.' }) kind!: ApplicationCommentKind;
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'The author’s subject.' }) by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class ApplicationResponse implements ApplicationSnapshotV1 {
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty({ format: 'uuid' }) partnerId!: string;
  @ApiProperty({ example: 'C40 city solutions platform' }) programmeTitle!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ example: 'clean' }) clusterId!: string;
  @ApiProperty({ example: 'DK' }) country!: string;
  @ApiProperty({ enum: HELIX_TYPES }) helixType!: HelixType;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status!: ApplicationStatus;
  @ApiProperty({ type: [ApplicationAnswerResponse] }) answers!: ApplicationAnswerResponse[];
  @ApiProperty({ type: [ApplicationCommentResponse] }) comments!: ApplicationCommentResponse[];
  @ApiProperty() createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiPropertyOptional({ type: String, format: 'date-time' }) submittedAt?: string;
  @ApiPropertyOptional({ type: String, format: 'date-time' }) endorsedAt?: string;
  @ApiPropertyOptional({ type: String, format: 'date-time' }) forwardedAt?: string;
  @ApiPropertyOptional({ enum: APPLICATION_OUTCOMES }) outcome?: ApplicationOutcome;
  @ApiPropertyOptional({ type: String, format: 'date-time' }) outcomeAt?: string;
  @ApiPropertyOptional({ type: String, format: 'date-time' }) withdrawnAt?: string;
  @ApiProperty({ type: 'integer' }) version!: number;
}

export class ApplicationPageResponse implements KeysetPage<ApplicationResponse> {
  @ApiProperty({ type: [ApplicationResponse] }) items!: ApplicationResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
