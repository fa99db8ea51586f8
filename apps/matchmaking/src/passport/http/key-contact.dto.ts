import { Trim } from '@icn/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length } from 'class-validator';

export class KeyContactDto {
  @ApiProperty({ maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  organisation!: string;

  @ApiProperty({ format: 'email' })
  @IsEmail()
  @Length(3, 320)
  email!: string;
}
