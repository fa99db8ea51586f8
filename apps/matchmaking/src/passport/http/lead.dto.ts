import { MultilineText, Trim } from '@icn/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class LeadDto {
  @ApiProperty({ maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  organisationName!: string;

  @ApiProperty({ maxLength: 2000 })
  @Trim()
  @IsString()
  @Length(1, 2000)
  @MultilineText()
  note!: string;
}
