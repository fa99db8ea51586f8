import { APPLICATION_STATUSES, type ApplicationStatus } from '@icn/contracts';
import { KeysetPageQuery } from '@icn/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

/** `?programmeId=&status=&limit=&cursor=` */
export class ListApplicationsQuery extends KeysetPageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;
}
