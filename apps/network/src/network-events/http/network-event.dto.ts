import { NETWORK_EVENT_KINDS, type NetworkEventKind } from '@icn/contracts';
import { IsCalendarDate, MultilineText, NestedObject, Trim, UpperCase } from '@icn/platform';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO31661Alpha2, IsString, IsTimeZone, IsUUID, Length, Matches, Max, Min } from 'class-validator';

export class NetworkEventPlaceDto {
  @ApiProperty({ example: 'Cape Town International Convention Centre' })
  @Trim()
  @IsString()
  @Length(1, 300)
  venue!: string;

  @ApiProperty({ example: 'Cape Town' })
  @Trim()
  @IsString()
  @Length(1, 120)
  city!: string;

  @ApiProperty({ example: 'ZA' })
  @UpperCase()
  @IsISO31661Alpha2()
  country!: string;
}

/** A network event as its host schedules it. */
export class ScheduleNetworkEventDto {
  @ApiProperty({ enum: NETWORK_EVENT_KINDS })
  @IsIn(NETWORK_EVENT_KINDS)
  kind!: NetworkEventKind;

  @ApiProperty({ example: 'ICN annual meeting 2027' })
  @Trim()
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ example: 'Cluster meetings, site visits and the network assembly.' })
  @Trim()
  @IsString()
  @Length(0, 5000)
  @MultilineText()
  description!: string;

  @ApiProperty({ example: 'greencape', description: 'The hosting cluster (a cluster manager can only host for its own).' })
  @Matches(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, { message: 'must be a cluster id (lower-case letters, digits and -)' })
  hostClusterId!: string;

  @ApiProperty({ type: NetworkEventPlaceDto })
  @NestedObject(() => NetworkEventPlaceDto)
  place!: NetworkEventPlaceDto;

  @ApiProperty({ example: '2027-06-12', description: 'First day (YYYY-MM-DD, local to timeZone).' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2027-06-14', description: 'Last day (inclusive).' })
  @IsCalendarDate()
  to!: string;

  @ApiProperty({ example: 'Africa/Johannesburg' })
  @IsTimeZone()
  timeZone!: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1000, description: 'Seats; further registrations wait in order.' })
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity!: number;
}

export class RegisterDto {
  @ApiProperty({ format: 'uuid', description: 'The member organisation the participant represents.' })
  @IsUUID()
  organisationId!: string;

  @ApiProperty({ example: 'Ana Lopez' })
  @Trim()
  @IsString()
  @Length(1, 200)
  participantName!: string;
}

export class RecordAttendanceDto {
  @ApiProperty({ type: [String], description: 'The confirmed registrations that attended; the other confirmed ones are recorded absent.' })
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  attended!: string[];
}

export class CancelNetworkEventDto {
  @ApiProperty({ example: 'Venue unavailable' })
  @Trim()
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
