import { CONSORTIUM_STATUSES, type ConsortiumStatus } from '@icn/contracts';
import { KeysetPageQuery } from '@icn/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** `?status=&limit=&cursor=` */
export class ListConsortiaQuery extends KeysetPageQuery {
  @ApiPropertyOptional({ enum: CONSORTIUM_STATUSES })
  @IsOptional()
  @IsIn(CONSORTIUM_STATUSES)
  status?: ConsortiumStatus;
}
