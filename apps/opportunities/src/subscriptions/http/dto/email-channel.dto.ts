import { EMAIL_CADENCES, type EmailCadence } from '@icn/contracts';
import { IfPresent, NestedObject } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsNumber, IsString, IsUUID, Max, Min, ValidateBy, ValidateIf } from 'class-validator';
import { isIanaTimeZone } from '../../../mail/domain/time-zone';

export class EmailPriorityDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 365, description: 'Mail at once when the deadline is at most this many days ahead.' })
  @IfPresent()
  @IsInt()
  @Min(1)
  @Max(365)
  deadlineWithinDays?: number;

  @ApiPropertyOptional({ minimum: 0, description: 'Mail at once a `recommended` notification whose match score is at least this.' })
  @IfPresent()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  recommendedMinScore?: number;
}

/** E-mail to contacts of the subscribing organisation; `null` in a PATCH removes it. */
export class EmailChannelDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Contact ids of the subscribing organisation (1-20).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  recipients!: string[];

  @ApiProperty({ enum: EMAIL_CADENCES })
  @IsIn(EMAIL_CADENCES)
  cadence!: EmailCadence;

  @ApiProperty({ example: 'Europe/Berlin', description: 'IANA time zone of the recipients: digests go out at `hour` of it, deadlines are shown in it.' })
  @IsString()
  @ValidateBy({ name: 'isIanaTimeZone', validator: { validate: (value: unknown) => typeof value === 'string' && isIanaTimeZone(value), defaultMessage: () => 'timeZone must be an IANA time zone name such as Europe/Berlin' } })
  timeZone!: string;

  @ApiProperty({ minimum: 0, maximum: 23, description: 'Local hour at which a digest goes out.' })
  @IsInt()
  @Min(0)
  @Max(23)
  hour!: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 7, description: 'ISO weekday (1 = Monday) of a weekly digest; required for weekly.' })
  @ValidateIf((channel: EmailChannelDto) => channel.cadence === 'weekly' || channel.weekday !== undefined)
  @IsInt()
  @Min(1)
  @Max(7)
  weekday?: number;

  @ApiPropertyOptional({ type: EmailPriorityDto })
  @NestedObject(() => EmailPriorityDto, { optional: true })
  priority?: EmailPriorityDto;
}
