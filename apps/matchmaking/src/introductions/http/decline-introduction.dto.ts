import { IfPresent, MultilineText, Trim } from '@icn/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** A reason is welcome but optional: B owes A no explanation for not wanting to meet. */
export class DeclineIntroductionDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 500 })
  @IfPresent()
  @Trim()
  @IsString()
  @Length(1, 500)
  @MultilineText()
  reason?: string;
}
