import { IfPresent, Trim } from '@icn/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length } from 'class-validator';

/**
 * PATCH /organisations/:id/contacts/:contactId — partial; a present field replaces the value, `null`
 * clears role or phone. The limits mirror ContactSnapshotV1 so whatever we accept we can publish.
 */
export class UpdateContactDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120, example: 'Mette Hansen' })
  @IfPresent()
  @Trim()
  @IsString()
  @Length(1, 120)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120, example: 'Head of International Projects' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 120)
  role?: string | null;

  @ApiPropertyOptional({ format: 'email', example: 'mette@example.org' })
  @IfPresent()
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ type: String, nullable: true, minLength: 3, maxLength: 40, example: '+45 12 34 56 78' })
  @IsOptional()
  @IsString()
  @Length(3, 40)
  phone?: string | null;
}
