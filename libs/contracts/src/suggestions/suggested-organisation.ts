// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNumber, IsString, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { MatchReasonV1 } from './match-reason';

/** One organisation matchmaking suggests for an opportunity, with its rank, score and reasons. */
export class SuggestedOrganisationV1 {
  @IsUUID()
  organisationId!: string;

  @IsString()
  @Length(1, 200)
  name!: string;

  /** 1 for the best match. */
  @IsInt()
  @Min(1)
  rank!: number;

  @IsNumber()
  @Min(0)
  score!: number;

  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MatchReasonV1)
  reasons!: MatchReasonV1[];
}
