import { CONSORTIUM_STATUSES, type ConsortiumStatus } from '@icn/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ListConsortiaQuery {
  @ApiPropertyOptional({ enum: CONSORTIUM_STATUSES })
  @IsOptional()
  @IsIn(CONSORTIUM_STATUSES)
  status?: ConsortiumStatus;
}
