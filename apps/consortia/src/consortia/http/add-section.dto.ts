import { Trim, IsCalendarDate } from '@icn/platform';
import { SECTION_KEY_PATTERN } from '@icn/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, Length, Matches } from 'class-validator';

export class AddSectionDto {
  @ApiProperty({ example: 'dissemination', description: 'A kebab-case key, unique in the consortium.' })
  @Matches(SECTION_KEY_PATTERN, { message: 'key must be a kebab-case slug of 1-40 characters' })
  key!: string;

  @ApiProperty({ example: 'Dissemination plan' })
  @Trim()
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ format: 'uuid', description: 'A member organisation.' })
  @IsUUID()
  ownerOrganisationId!: string;

  @ApiProperty({ format: 'date', example: '2027-04-01' })
  @IsCalendarDate()
  dueDate!: string;
}
