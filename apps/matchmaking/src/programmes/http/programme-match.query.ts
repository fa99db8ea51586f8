import { ApiPropertyOptional } from '@nestjs/swagger';
import { CLUSTER_ID_PATTERN } from '@icn/contracts';
import { IsOptional, IsString, Matches } from 'class-validator';
import { MatchQuery } from '../../matches/http/match.query';

/** The query of every ranking (limit, minScore), and a cluster to narrow the members to. */
export class ProgrammeMatchQuery extends MatchQuery {
  @ApiPropertyOptional({ description: 'Only the members of this cluster (e.g. a cluster manager’s own members).', example: 'clean', pattern: CLUSTER_ID_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(CLUSTER_ID_PATTERN, { message: 'clusterId must be a cluster id such as clean or nordic-edge' })
  clusterId?: string;
}
