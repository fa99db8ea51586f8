import { BaseServiceConfig } from '@icn/platform';
import { IsInt, IsNotEmpty, IsNumber, IsString, Matches, Max, Min } from 'class-validator';

/** Matchmaking's environment: the platform's variables plus its consumer groups and suggestion settings. */
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
   * Appended to the names of the directory's collections (empty: the usual names). A rebuild without
   * downtime builds the read model anew beside the live one under a new CONSUMER_GROUP and a new
   * suffix (e.g. `_r2`), then switches the replicas to both (deploy/RUNBOOK.md, "Rebuilding a read model").
   */
  @Matches(/^[A-Za-z0-9_]{0,40}$/, { message: 'must be up to 40 letters, digits or _' })
  DIRECTORY_COLLECTION_SUFFIX: string = '';

  /**
   * The opportunity read model's consumer group, separate from the directory's so each can be
   * rebuilt on its own; changing it replays the opportunity topic's full history.
   */
  @IsString()
  @IsNotEmpty()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: 'must be 1-200 characters of letters, digits, ., _ or -' })
  OPPORTUNITY_CONSUMER_GROUP: string = 'matchmaking.opportunities';

  /**
   * Appended to the names of the opportunity read model's collections (empty: the usual names). A rebuild without
   * downtime builds the read model anew beside the live one under a new OPPORTUNITY_CONSUMER_GROUP and a new
   * suffix (e.g. `_r2`), then switches the replicas to both (deploy/RUNBOOK.md, "Rebuilding a read model").
   */
  @Matches(/^[A-Za-z0-9_]{0,40}$/, { message: 'must be up to 40 letters, digits or _' })
  OPPORTUNITY_COLLECTION_SUFFIX: string = '';

  /**
   * The programme read model's consumer group on icn.network.programme.v1 (the network service's
   * partner programmes); changing it replays the topic's full history into the read model.
   */
  @IsString()
  @IsNotEmpty()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: 'must be 1-200 characters of letters, digits, ., _ or -' })
  PROGRAMME_CONSUMER_GROUP: string = 'matchmaking.programmes';

  /** Appended to the name of the programme read model's collection, as OPPORTUNITY_COLLECTION_SUFFIX (a rebuild beside the live one). */
  @Matches(/^[A-Za-z0-9_]{0,40}$/, { message: 'must be up to 40 letters, digits or _' })
  PROGRAMME_COLLECTION_SUFFIX: string = '';

  /**
   * The suggestions' consumer group on the opportunity topic. A new group starts at the topic's end
   * (suggestions are about new publications, never a replay of history).
   */
  @IsString()
  @IsNotEmpty()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: 'must be 1-200 characters of letters, digits, ., _ or -' })
  SUGGESTIONS_CONSUMER_GROUP: string = 'matchmaking.suggestions';

  /**
   * The score a match needs to be suggested for a newly published opportunity. With the weights in
   * matching-weights.ts, 6 is e.g. a shared technology and a shared sector, or a good offer/need pair:
   * more than "same broad field" (a sector is 2), so organisations are not pushed noise.
   */
  @IsNumber()
  @Min(0)
  SUGGESTION_MIN_SCORE: number = 6;

  /** At most this many organisations are suggested per opportunity (the best ones). */
  @IsInt()
  @Min(1)
  @Max(100)
  SUGGESTION_LIMIT: number = 10;

  /**
   * The partner searches' consumer group on icn.consortia.partner-search.v1. A new group starts at
   * the topic's end (a search is a question asked now, not history to replay).
   */
  @IsString()
  @IsNotEmpty()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: 'must be 1-200 characters of letters, digits, ., _ or -' })
  PARTNER_SEARCH_CONSUMER_GROUP: string = 'matchmaking.partner-search';

  /**
   * Candidates proposed per partner search, best first. The list grows past it only to keep the best
   * closer of every gap (each missing helix type, country, SME, partner), so the consortium can cover them.
   */
  @IsInt()
  @Min(1)
  @Max(50)
  PARTNER_SEARCH_LIMIT: number = 20;

  /** Partitions this instance applies in parallel (per-partition order is always kept). */
  @IsInt()
  @Min(1)
  @Max(64)
  CONSUMER_CONCURRENCY: number = 3;

  /** How often each replica looks for desk and B2B-slot reservations nothing holds any more. */
  @IsInt()
  @Min(1_000)
  @Max(86_400_000)
  RESERVATION_SWEEP_INTERVAL_MS: number = 5 * 60_000;

  /**
   * A reservation younger than this is never swept: its command may still be committing (that takes
   * milliseconds; a crash leaves it for good). Far longer than any command, short enough that a slot
   * a crashed replica left blocked comes back the same day.
   */
  @IsInt()
  @Min(1_000)
  @Max(86_400_000)
  RESERVATION_SWEEP_GRACE_MS: number = 10 * 60_000;
}
