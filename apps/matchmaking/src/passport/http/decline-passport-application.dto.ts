import { MultilineText, Trim } from '@icn/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** A refusal always says why: it is published, and the applicant will ask. */
export class DeclinePassportApplicationDto {
  @ApiProperty({ minLength: 1, maxLength: 500 })
  @Trim()
  @IsString()
  @Length(1, 500)
  @MultilineText()
  reason!: string;
}
