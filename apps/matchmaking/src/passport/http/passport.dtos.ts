import { CALENDAR_DATE_PATTERN, CLUSTER_ID_PATTERN, PASSPORT_SERVICES, type PassportService } from '@icn/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

/** Free text is trimmed so that `"  Acme "` and `"Acme"` are one name. */
function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}

/** Country codes are stored upper-case, like membership's. */
function UpperCase(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toUpperCase() : value));
}

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
  purpose!: string;

  @ApiProperty({ example: '2027-03-01', description: 'First day (YYYY-MM-DD), after today.' })
  @Matches(CALENDAR_DATE_PATTERN, { message: 'from must be a date YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ example: '2027-03-05', description: 'Last day (YYYY-MM-DD), at most 30 days after from.' })
  @Matches(CALENDAR_DATE_PATTERN, { message: 'to must be a date YYYY-MM-DD' })
  to!: string;

  @ApiProperty({ enum: PASSPORT_SERVICES, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(PASSPORT_SERVICES, { each: true })
  services!: PassportService[];
}

export class KeyContactDto {
  @ApiProperty({ maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  organisation!: string;

  @ApiProperty({ format: 'email' })
  @IsEmail()
  @Length(3, 320)
  email!: string;
}

export class AcceptPassportApplicationDto {
  @ApiPropertyOptional({ type: [KeyContactDto], description: 'Local key contacts assigned to the visitor.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => KeyContactDto)
  keyContacts?: KeyContactDto[];
}

/** A refusal always says why: it is published, and the applicant will ask. */
export class DeclinePassportApplicationDto {
  @ApiProperty({ minLength: 1, maxLength: 500 })
  @Trim()
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class CancelPassportApplicationDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 500 })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

export class LeadDto {
  @ApiProperty({ maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  organisationName!: string;

  @ApiProperty({ maxLength: 2000 })
  @Trim()
  @IsString()
  @Length(1, 2000)
  note!: string;
}

/** The visit report filed when the visit is completed. */
export class CompletePassportApplicationDto {
  @ApiProperty({ minimum: 0, maximum: 10000 })
  @IsInt()
  @Min(0)
  @Max(10000)
  meetingsHeld!: number;

  @ApiProperty({ type: [LeadDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => LeadDto)
  leads!: LeadDto[];
}

export class SetHostCapacityDto {
  @ApiProperty({ minimum: 0, maximum: 100, description: 'Desks offered to visitors per day (0: no desk hosting).' })
  @IsInt()
  @Min(0)
  @Max(100)
  desksPerDay!: number;
}

export class PassportStatisticsQuery {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}
