// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNumber, Min, ValidateNested } from 'class-validator';
import { MatchReasonV1 } from '../suggestions/match-reason';

/** Matchmaking's reasons for recommending an opportunity to one organisation ("recommended for you"). */
export class RecommendationV1 {
  /** The organisation's rank among the opportunity's suggested matches (1 = best). */
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
