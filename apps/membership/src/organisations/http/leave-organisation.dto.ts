import { IfPresent, MultilineText, Trim } from '@icn/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class LeaveOrganisationDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 500, example: 'Company acquired' })
  @IfPresent()
  @Trim()
  @IsString()
  @Length(1, 500)
  @MultilineText()
  reason?: string;
}
