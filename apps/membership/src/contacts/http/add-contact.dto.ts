import { IfPresent, Trim } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsString, Length } from 'class-validator';

/** A contact person; the limits mirror ContactSnapshotV1 so whatever we accept we can publish. */
export class AddContactDto {
  @ApiProperty({ minLength: 1, maxLength: 120, example: 'Mette Hansen' })
  @Trim()
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiPropertyOptional({ maxLength: 120, example: 'Head of International Projects' })
  @IfPresent()
  @Trim()
  @IsString()
  @Length(1, 120)
  role?: string;

  @ApiProperty({ format: 'email', example: 'mette@example.org' })
  @IsEmail()
  email!: string;

  @ApiPropertyOptional({ minLength: 3, maxLength: 40, example: '+45 12 34 56 78' })
  @IfPresent()
  @IsString()
  @Length(3, 40)
  phone?: string;
}
