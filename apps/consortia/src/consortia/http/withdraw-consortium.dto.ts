import { MultilineText, Trim } from '@icn/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class WithdrawConsortiumDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 2000)
  @MultilineText()
  reason?: string;
}
