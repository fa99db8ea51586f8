import { CLUSTER_ID_PATTERN } from '@icn/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export class ListSubscriptionsQuery {
  @ApiPropertyOptional({ description: 'Network admin only: restrict to one cluster.' })
  @IsOptional()
  @Matches(CLUSTER_ID_PATTERN)
  clusterId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  cursor?: string;
}
