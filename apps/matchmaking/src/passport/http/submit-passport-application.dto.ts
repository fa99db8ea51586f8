import { MultilineText, Trim, UpperCase, IsCalendarDate } from '@icn/platform';
import { CLUSTER_ID_PATTERN, PASSPORT_SERVICES, type PassportService } from '@icn/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsISO31661Alpha2, IsString, IsUUID, Length, Matches } from 'class-validator';

export class SubmitPassportApplicationDto {
  @ApiProperty({ format: 'uuid', description: 'The applicant organisation (yours, or one of your cluster’s).' })
  @IsUUID()
  organisationId!: string;

  @ApiProperty({ example: 'tweed', description: 'The host cluster; must differ from the applicant’s home cluster.' })
  @Matches(CLUSTER_ID_PATTERN)
  hostClusterId!: string;

  @ApiProperty({ example: 'BE', description: 'Target market, ISO 3166-1 alpha-2.' })
  @UpperCase()
  @IsISO31661Alpha2()
  targetCountry!: string;

  @ApiProperty({ minLength: 1, maxLength: 2000 })
  @Trim()
  @IsString()
  @Length(1, 2000)
  @MultilineText()
  purpose!: string;

  @ApiProperty({ format: 'date', example: '2027-03-01', description: 'First day (YYYY-MM-DD), after today.' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ format: 'date', example: '2027-03-05', description: 'Last day (YYYY-MM-DD), at most 30 days after from.' })
  @IsCalendarDate()
  to!: string;

  @ApiProperty({ enum: PASSPORT_SERVICES, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(PASSPORT_SERVICES, { each: true })
  services!: PassportService[];
}
