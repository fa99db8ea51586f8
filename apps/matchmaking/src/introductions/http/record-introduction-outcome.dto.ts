import { IfPresent, MultilineText, Trim } from '@icn/platform';
import { INTRODUCTION_OUTCOMES, type IntroductionOutcome } from '@icn/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';

export class RecordIntroductionOutcomeDto {
  @ApiProperty({ enum: INTRODUCTION_OUTCOMES, description: 'What came of it, worst to best; it feeds back into ranking.' })
  @IsIn(INTRODUCTION_OUTCOMES)
  outcome!: IntroductionOutcome;

  @ApiPropertyOptional({ minLength: 1, maxLength: 2000 })
  @IfPresent()
  @Trim()
  @IsString()
  @Length(1, 2000)
  @MultilineText()
  note?: string;
}
