import { CONSORTIUM_STATUSES, type ConsortiumStatus } from '@icn/contracts';
import type { KeysetPage } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OUTCOME_STATUSES, type OutcomeRegisterEntry } from '../domain/outcome-register';

/** A consortium whose outcome (granted, reserve list, rejected, withdrawn) was recorded. */
export class OutcomeRegisterEntryResponse implements OutcomeRegisterEntry {
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'COSME' }) programme!: string;
  @ApiProperty() topic!: string;
  @ApiProperty({ enum: CONSORTIUM_STATUSES.filter((status) => OUTCOME_STATUSES.includes(status)) }) status!: ConsortiumStatus;
  @ApiProperty({ format: 'uuid' }) coordinatorOrganisationId!: string;
  @ApiProperty() coordinatorName!: string;
  @ApiProperty({ type: [String], description: 'The clusters of its members, in id order.' }) clusterIds!: string[];
  @ApiPropertyOptional({ format: 'date-time' }) submittedAt?: string;
  @ApiProperty({ format: 'date-time', description: 'When the current outcome was recorded (the register files it under this year).' }) outcomeAt!: string;
  @ApiPropertyOptional({ description: 'The total granted, in EUR.' }) grantedEur?: number;
  @ApiPropertyOptional({ description: 'The funder’s feedback on a rejection.' }) feedback?: string;
}

/** One page of a year's outcome register, in the order the outcomes were recorded. */
export class OutcomeRegisterPageResponse implements KeysetPage<OutcomeRegisterEntryResponse> {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ type: [OutcomeRegisterEntryResponse] }) items!: OutcomeRegisterEntryResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
