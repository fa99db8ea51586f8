import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IfPresent, MultilineText, Trim } from '@icn/platform';

/** Body of close and cancel: why, for the people who were interested. */
export class EndOpportunityDto {
  @ApiPropertyOptional({ maxLength: 500, example: 'Awarded to a consortium' })
  @IfPresent()
  @Trim()
  @IsString()
  @Length(1, 500)
  @MultilineText()
  reason?: string;
}
