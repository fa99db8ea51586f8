import { KeysetPageQuery } from '@icn/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

/** `?partnerId=&open=&limit=&cursor=` */
export class ListProgrammesQuery extends KeysetPageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this partner’s programmes.' })
  @IsOptional()
  @IsUUID()
  partnerId?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only programmes whose call is open now.' })
  @IsOptional()
  @IsIn(['true', 'false'])
  open?: 'true' | 'false';
}
