import { MultilineText, Trim } from '@icn/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class RejectConsortiumDto {
  @ApiProperty({ description: 'The funder’s feedback (evaluation summary).' })
  @Trim()
  @IsString()
  @Length(1, 5000)
  @MultilineText()
  feedback!: string;
}
