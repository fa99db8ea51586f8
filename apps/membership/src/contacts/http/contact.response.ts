import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ContactResponse {
  @ApiProperty({ format: 'uuid' })
  contactId!: string;

  @ApiProperty()
  name!: string;

  @ApiPropertyOptional()
  role?: string;

  @ApiProperty({ format: 'email' })
  email!: string;

  @ApiPropertyOptional()
  phone?: string;
}
