import { IfPresent, MultilineText, Trim } from '@icn/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** Body of decline and cancel: an optional reason the other side sees. */
export class MeetingReasonDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 500 })
  @IfPresent()
  @Trim()
  @IsString()
  @Length(1, 500)
  @MultilineText()
  reason?: string;
}
