import { MultilineText, Trim } from '@icn/platform';
import { INTRODUCTION_PURPOSES, type IntroductionPurpose } from '@icn/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';

export class RequestIntroductionDto {
  @ApiProperty({ format: 'uuid', description: 'Organisation A, which asks (yours, or one of your cluster’s members).' })
  @IsUUID()
  requesterOrganisationId!: string;

  @ApiProperty({ format: 'uuid', description: 'Organisation B, to be introduced to; an active member, not A itself.' })
  @IsUUID()
  targetOrganisationId!: string;

  @ApiProperty({ enum: INTRODUCTION_PURPOSES, description: 'Why A wants to meet B (see the contract’s vocabulary).' })
  @IsIn(INTRODUCTION_PURPOSES)
  purpose!: IntroductionPurpose;

  @ApiProperty({ minLength: 1, maxLength: 2000, description: 'What A would like to discuss; B reads it before deciding.' })
  @Trim()
  @IsString()
  @Length(1, 2000)
  @MultilineText()
  message!: string;
}
