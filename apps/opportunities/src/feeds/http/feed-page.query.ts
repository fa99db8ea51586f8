import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

/** `?before=` / `?after=` / `?page=last` of the public feed: RFC 5005 links carry them, readers follow. */
export class FeedPageQuery {
  @ApiPropertyOptional({ description: 'The cursor of a `next` link: the entries just older than it.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  before?: string;

  @ApiPropertyOptional({ description: 'The cursor of a `previous` link: the entries just newer than it.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;

  @ApiPropertyOptional({ enum: ['last'], description: 'The `last` link: the oldest entries.' })
  @IsOptional()
  @IsIn(['last'])
  page?: 'last';
}
