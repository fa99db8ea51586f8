import { NestedObjectList } from '@icn/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize } from 'class-validator';
import { KeyContactDto } from './key-contact.dto';

export class AcceptPassportApplicationDto {
  @ApiPropertyOptional({ type: [KeyContactDto], description: 'Local key contacts assigned to the visitor.' })
  @ArrayMaxSize(50)
  @NestedObjectList(() => KeyContactDto, { optional: true })
  keyContacts?: KeyContactDto[];
}
