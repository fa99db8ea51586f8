import { HELIX_TYPES, REQUIREMENT_KEY_PATTERN, SECTORS, type HelixType, type Sector } from '@icn/contracts';
import { IfPresent, MultilineText, NestedObject, NestedObjectList, Trim, UpperCaseEach } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsISO31661Alpha2, IsISO8601, IsString, IsUUID, Length, Matches } from 'class-validator';

/** Who may apply; an empty list does not restrict. */
export class ProgrammeEligibilityDto {
  @ApiProperty({ enum: SECTORS, isArray: true, example: ['energy-efficiency', 'smart-cities'], description: 'At least one in common with the applicant’s sectors; empty: any.' })
  @IsArray()
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectors!: Sector[];

  @ApiProperty({ enum: HELIX_TYPES, isArray: true, example: ['company'], description: 'The applicant’s helix type must be one of these; empty: any.' })
  @IsArray()
  @ArrayUnique()
  @IsIn(HELIX_TYPES, { each: true })
  helixTypes!: HelixType[];

  @ApiProperty({ type: [String], example: [], description: 'The applicant’s country must be one of these (ISO 3166-1 alpha-2); empty: any.' })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(250)
  @UpperCaseEach()
  @IsISO31661Alpha2({ each: true })
  countries!: string[];
}

/** From `opensAt` (inclusive) to `closesAt` (exclusive). */
export class CallWindowDto {
  @ApiProperty({ format: 'date-time', example: '2027-01-15T00:00:00.000Z' })
  @IsISO8601({ strict: true })
  opensAt!: string;

  @ApiProperty({ format: 'date-time', example: '2027-03-31T17:00:00.000Z' })
  @IsISO8601({ strict: true })
  closesAt!: string;
}

/** Something the partner needs from every application. */
export class ProgrammeRequirementDto {
  @ApiProperty({ example: 'solution-summary', description: 'A short kebab-case key the applicant answers under.' })
  @Matches(REQUIREMENT_KEY_PATTERN, { message: 'key must be 1-40 lower-case letters, digits or - (not at either end)' })
  key!: string;

  @ApiProperty({ example: 'Solution summary' })
  @Trim()
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiPropertyOptional({ example: 'What the solution does for a city, in 300 words.' })
  @IfPresent()
  @Trim()
  @IsString()
  @Length(1, 2000)
  @MultilineText()
  description?: string;
}

/** A programme's definition: registered with POST (with its partner), replaced with PUT. */
export class ProgrammeDefinitionDto {
  @ApiProperty({ example: 'C40 city solutions platform' })
  @Trim()
  @IsString()
  @Length(2, 200)
  title!: string;

  @ApiPropertyOptional({ example: 'Cities publish their challenges; companies propose solutions through the network.' })
  @IfPresent()
  @Trim()
  @IsString()
  @Length(1, 4000)
  @MultilineText()
  description?: string;

  @ApiProperty({ type: ProgrammeEligibilityDto })
  @NestedObject(() => ProgrammeEligibilityDto)
  eligibility!: ProgrammeEligibilityDto;

  @ApiProperty({ type: CallWindowDto })
  @NestedObject(() => CallWindowDto)
  callWindow!: CallWindowDto;

  @ApiProperty({ type: [ProgrammeRequirementDto], description: 'What the partner needs from an application (at most 30).' })
  @NestedObjectList(() => ProgrammeRequirementDto)
  @ArrayMaxSize(30)
  requirements!: ProgrammeRequirementDto[];
}

export class RegisterProgrammeDto extends ProgrammeDefinitionDto {
  @ApiProperty({ format: 'uuid', description: 'The partner offering the programme.' })
  @IsUUID()
  partnerId!: string;
}
