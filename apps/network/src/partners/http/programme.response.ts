import { HELIX_TYPES, SECTORS, type CallWindowV1, type HelixType, type ProgrammeEligibilityV1, type ProgrammeRequirementV1, type ProgrammeSnapshotV1, type Sector } from '@icn/contracts';
import type { KeysetPage } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CallWindowPhase } from '../domain/programme';

export class ProgrammeEligibilityResponse implements ProgrammeEligibilityV1 {
  @ApiProperty({ enum: SECTORS, isArray: true, description: 'At least one in common with the applicant’s; empty: any.' }) sectors!: Sector[];
  @ApiProperty({ enum: HELIX_TYPES, isArray: true, description: 'Empty: any.' }) helixTypes!: HelixType[];
  @ApiProperty({ type: [String], description: 'ISO 3166-1 alpha-2; empty: any.' }) countries!: string[];
}

export class CallWindowResponse implements CallWindowV1 {
  @ApiProperty({ format: 'date-time' }) opensAt!: string;
  @ApiProperty({ format: 'date-time' }) closesAt!: string;
}

export class ProgrammeRequirementResponse implements ProgrammeRequirementV1 {
  @ApiProperty({ example: 'solution-summary' }) key!: string;
  @ApiProperty({ example: 'Solution summary' }) title!: string;
  @ApiPropertyOptional({ type: String }) description?: string;
}

export const CALL_WINDOW_PHASES: readonly CallWindowPhase[] = ['upcoming', 'open', 'closed'];

export class ProgrammeResponse implements ProgrammeSnapshotV1 {
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty({ format: 'uuid' }) partnerId!: string;
  @ApiProperty({ example: 'C40 Cities' }) partnerName!: string;
  @ApiProperty({ example: 'C40 city solutions platform' }) title!: string;
  @ApiPropertyOptional({ type: String }) description?: string;
  @ApiProperty({ type: ProgrammeEligibilityResponse }) eligibility!: ProgrammeEligibilityResponse;
  @ApiProperty({ type: CallWindowResponse }) callWindow!: CallWindowResponse;
  @ApiProperty({ enum: CALL_WINDOW_PHASES, description: 'Where the call stands now: applications are drafted and submitted only while open.' }) callPhase!: CallWindowPhase;
  @ApiProperty({ type: [ProgrammeRequirementResponse] }) requirements!: ProgrammeRequirementResponse[];
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
}

export class ProgrammePageResponse implements KeysetPage<ProgrammeResponse> {
  @ApiProperty({ type: [ProgrammeResponse] }) items!: ProgrammeResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
