import { IfPresent, MultilineText, NestedObject, Trim, IsCalendarDate } from '@icn/platform';
import { CLUSTER_ID_PATTERN } from '@icn/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { DestinationDto } from './destination.dto';

export class CreateMissionDto {
  @ApiProperty({ example: 'Cleantech mission to New York', maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ example: 'Building decarbonisation', maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  theme!: string;

  @ApiProperty({ maxLength: 5000 })
  @Trim()
  @IsString()
  @Length(1, 5000)
  @MultilineText()
  description!: string;

  @ApiPropertyOptional({
    example: 'clean',
    description: 'The organising cluster: a cluster manager’s own (the default); the secretariat must name it.',
  })
  @IfPresent()
  @Matches(CLUSTER_ID_PATTERN)
  organiserClusterId?: string;

  @ApiProperty({ example: 'nyc-cleantech', description: 'The cluster at the destination; must be in the directory.' })
  @Matches(CLUSTER_ID_PATTERN)
  hostClusterId!: string;

  @ApiProperty({ type: DestinationDto })
  @NestedObject(() => DestinationDto)
  destination!: DestinationDto;

  @ApiProperty({ format: 'date', example: '2027-05-10', description: 'First day at the destination (YYYY-MM-DD), after today.' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ format: 'date', example: '2027-05-14', description: 'Last day (YYYY-MM-DD), at most 30 days after from.' })
  @IsCalendarDate()
  to!: string;

  @ApiProperty({ example: 'America/New_York', description: 'IANA time zone of the destination; B2B slots are local to it.' })
  @IsString()
  @Length(1, 64)
  timeZone!: string;

  @ApiProperty({ minimum: 1, maximum: 500, description: 'How many delegations (organisations) can be selected.' })
  @IsInt()
  @Min(1)
  @Max(500)
  capacity!: number;

  @ApiProperty({ format: 'date', example: '2027-03-31', description: 'Last day to apply (YYYY-MM-DD, until 24:00 UTC); before from.' })
  @IsCalendarDate()
  callCutOff!: string;
}
