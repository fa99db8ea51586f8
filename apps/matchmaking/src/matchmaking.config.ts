import { BaseServiceConfig } from '@icn/platform';
import { IsInt, IsNotEmpty, IsString, Matches, Max, Min } from 'class-validator';

/** Matchmaking's environment: the platform's variables plus its consumer groups. */
export class MatchmakingConfig extends BaseServiceConfig {
  override SERVICE_NAME: string = 'matchmaking';
  override PORT: number = 3002;
  override MONGODB_DB: string = 'icn_matchmaking';
  override KAFKA_CLIENT_ID: string = 'matchmaking';

  /**
   * The directory's consumer group. Changing it makes the service rebuild the directory from the
   * topics' full history (into whatever MONGODB_DB points at); tests use a unique one.
   */
  @IsString()
  @IsNotEmpty()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: 'must be 1-200 characters of letters, digits, ., _ or -' })
  CONSUMER_GROUP: string = 'matchmaking.directory';

  /**
   * The opportunity read model's consumer group, separate from the directory's so each can be
   * rebuilt on its own; changing it replays the opportunity topic's full history.
   */
  @IsString()
  @IsNotEmpty()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: 'must be 1-200 characters of letters, digits, ., _ or -' })
  OPPORTUNITY_CONSUMER_GROUP: string = 'matchmaking.opportunities';

  /** Partitions this instance applies in parallel (per-partition order is always kept). */
  @IsInt()
  @Min(1)
  @Max(64)
  CONSUMER_CONCURRENCY: number = 3;
}
