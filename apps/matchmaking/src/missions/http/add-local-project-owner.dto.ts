import { IfPresent, MultilineText, NestedObject, Trim } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, IsUUID, Length } from 'class-validator';
import { LocalProjectContactDto } from './local-project-contact.dto';

/** A local project owner the delegates can meet; need not be an ICN member. */
export class AddLocalProjectOwnerDto {
  @ApiProperty({ example: 'NYC Department of Citywide Administrative Services', maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The owner’s organisation in the directory, when it is a member.' })
  @IfPresent()
  @IsUUID()
  organisationId?: string;

  @ApiProperty({ maxLength: 5000 })
  @Trim()
  @IsString()
  @Length(1, 5000)
  @MultilineText()
  projectDescription!: string;

  @ApiProperty({ type: [String], maxItems: 20, description: 'What the project looks for, one short item each.' })
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item)) : value))
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  needs!: string[];

  @ApiProperty({ type: LocalProjectContactDto })
  @NestedObject(() => LocalProjectContactDto)
  contactPerson!: LocalProjectContactDto;
}
