import { Trim, UpperCase } from '@icn/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsISO31661Alpha2, IsString, Length } from 'class-validator';

export class DestinationDto {
  @ApiProperty({ example: 'New York', maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  city!: string;

  @ApiProperty({ example: 'US', description: 'ISO 3166-1 alpha-2.' })
  @UpperCase()
  @IsISO31661Alpha2()
  country!: string;
}
