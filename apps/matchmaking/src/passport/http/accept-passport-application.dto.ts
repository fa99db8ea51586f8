import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { KeyContactDto } from './key-contact.dto';

export class AcceptPassportApplicationDto {
  @ApiPropertyOptional({ type: [KeyContactDto], description: 'Local key contacts assigned to the visitor.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => KeyContactDto)
  keyContacts?: KeyContactDto[];
}
