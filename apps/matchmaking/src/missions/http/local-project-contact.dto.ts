import { IfPresent, Trim } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsString, Length } from 'class-validator';

export class LocalProjectContactDto {
  @ApiProperty({ maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ format: 'email' })
  @IsEmail()
  @Length(3, 320)
  email!: string;

  @ApiPropertyOptional({ example: '+1 212 555 0100' })
  @IfPresent()
  @Trim()
  @IsString()
  @Length(3, 50)
  phone?: string;
}
