import { INTRODUCTION_STATUSES, type IntroductionStatus } from '@icn/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_INTRODUCTION_PAGE_SIZE = 20;
export const MAX_INTRODUCTION_PAGE_SIZE = 100;

/** Filters (combined with AND, within what the caller may see) and cursor pagination. */
export class ListIntroductionsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only introductions this organisation asked for or was asked for.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ enum: INTRODUCTION_STATUSES })
  @IsOptional()
  @IsIn(INTRODUCTION_STATUSES)
  status?: IntroductionStatus;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page; absent for the first page.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_INTRODUCTION_PAGE_SIZE, default: DEFAULT_INTRODUCTION_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_INTRODUCTION_PAGE_SIZE)
  limit?: number;
}
