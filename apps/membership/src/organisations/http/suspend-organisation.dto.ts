import { MultilineText, Trim } from '@icn/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** A suspension always says why: it is published, and the member will ask. */
export class SuspendOrganisationDto {
  @ApiProperty({ minLength: 1, maxLength: 500, example: 'Membership fee unpaid for 2026' })
  @Trim()
  @IsString()
  @Length(1, 500)
  @MultilineText()
  reason!: string;
}
