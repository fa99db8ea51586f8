import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';

export class ExtendDeadlineDto {
  @ApiProperty({ format: 'date-time', description: 'Later than the current deadline and in the future.' })
  @IsISO8601({ strict: true })
  deadline!: string;
}
