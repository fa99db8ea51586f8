import { MultilineText, Trim } from '@icn/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class LeaveOrganisationDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 500, example: 'Company acquired' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 500)
  @MultilineText()
  reason?: string;
}
