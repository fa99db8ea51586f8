import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { DEFAULT_RANK_LIMIT } from '../../matching/matching-index';

export const MAX_MATCH_LIMIT = 100;

/** Query of every GET /matches/… ranking. */
export class MatchQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_MATCH_LIMIT, default: DEFAULT_RANK_LIMIT, description: 'How many matches, best first.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_MATCH_LIMIT)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'Leave out matches scoring below this.' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  minScore?: number;
}
