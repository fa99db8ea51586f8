import { APPLICATION_OUTCOMES, REQUIREMENT_KEY_PATTERN, type ApplicationOutcome } from '@icn/contracts';
import { IfPresent, MultilineText, NestedObjectList, Trim } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsIn, IsString, IsUUID, Length, Matches } from 'class-validator';

/** The applicant's answer to one of the programme's requirements. */
export class ApplicationAnswerDto {
  @ApiProperty({ example: 'solution-summary', description: 'One of the programme’s requirement keys.' })
  @Matches(REQUIREMENT_KEY_PATTERN, { message: 'requirementKey must be 1-40 lower-case letters, digits or - (not at either end)' })
  requirementKey!: string;

  @ApiProperty({ example: 'Large heat pumps that take district heating off gas.' })
  @Trim()
  @IsString()
  @Length(1, 10000)
  @MultilineText()
  text!: string;
}

/** A member drafts an application for its own organisation. */
export class DraftApplicationDto {
  @ApiProperty({ format: 'uuid', description: 'An open programme the organisation is eligible for.' })
  @IsUUID()
  programmeId!: string;

  @ApiPropertyOptional({ type: [ApplicationAnswerDto], description: 'Answers given right away (more can follow).' })
  @NestedObjectList(() => ApplicationAnswerDto, { optional: true })
  @ArrayMaxSize(30)
  answers?: ApplicationAnswerDto[];
}

export class UpdateAnswersDto {
  @ApiProperty({ type: [ApplicationAnswerDto], description: 'Answers to replace or add, by requirement key; the others stay.' })
  @NestedObjectList(() => ApplicationAnswerDto)
  @ArrayMaxSize(30)
  answers!: ApplicationAnswerDto[];
}

/** The cluster manager's comments when returning an application: what to change. */
export class ReturnApplicationDto {
  @ApiProperty({ example: 'Name the pilot city and add the references the call asks for.' })
  @Trim()
  @IsString()
  @Length(1, 4000)
  @MultilineText()
  comment!: string;
}

/** An optional comment with an endorsement or a forwarding. */
export class StepCommentDto {
  @ApiPropertyOptional({ example: 'A strong fit: three city pilots already running.' })
  @IfPresent()
  @Trim()
  @IsString()
  @Length(1, 4000)
  @MultilineText()
  comment?: string;
}

export class RecordOutcomeDto {
  @ApiProperty({ enum: APPLICATION_OUTCOMES, description: 'What the partner answered; no-answer when it never did.' })
  @IsIn(APPLICATION_OUTCOMES)
  outcome!: ApplicationOutcome;

  @ApiPropertyOptional({ example: 'Selected for the 2027 cohort.' })
  @IfPresent()
  @Trim()
  @IsString()
  @Length(1, 4000)
  @MultilineText()
  note?: string;
}
