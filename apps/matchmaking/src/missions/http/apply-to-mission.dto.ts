import { MultilineText, Trim } from '@icn/platform';
import { MAX_TRAVELLERS_PER_APPLICATION } from '@icn/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsString, IsUUID, Length } from 'class-validator';

export class ApplyToMissionDto {
  @ApiProperty({ format: 'uuid', description: 'The applicant organisation (yours, or one of your cluster’s).' })
  @IsUUID()
  organisationId!: string;

  @ApiProperty({ maxLength: 2000, description: 'Why this organisation should travel: what it offers and seeks there.' })
  @Trim()
  @IsString()
  @Length(1, 2000)
  @MultilineText()
  motivation!: string;

  @ApiProperty({ type: [String], minItems: 1, maxItems: MAX_TRAVELLERS_PER_APPLICATION, description: 'Names of the people travelling.' })
  // Names are trimmed like every free text, so "Ann " and "Ann" are one traveller.
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item)) : value))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_TRAVELLERS_PER_APPLICATION)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  travellers!: string[];
}
