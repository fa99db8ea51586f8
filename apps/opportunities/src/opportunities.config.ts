import { BaseServiceConfig } from '@icn/platform';
import { IsBoolean, IsInt, IsNotEmpty, IsString, Matches, Max, Min } from 'class-validator';

const GROUP_ID = /^[A-Za-z0-9._-]{1,200}$/;
const GROUP_ID_MESSAGE = 'must be 1-200 characters of letters, digits, ., _ or -';

/** The opportunities service's environment: the platform's variables plus its own. */
export class OpportunitiesConfig extends BaseServiceConfig {
  override SERVICE_NAME: string = 'opportunities';
  override PORT: number = 3003;
  override MONGODB_DB: string = 'icn_opportunities';
  override KAFKA_CLIENT_ID: string = 'opportunities';

  /** Safety-net period of the outbox relay; writes trigger it immediately anyway. */
  @IsInt()
  @Min(50)
  @Max(60000)
  OUTBOX_POLL_MS: number = 1000;

  /**
   * Consumer group of the membership read model (clusters and organisations). Shared by the
   * replicas; a new group rebuilds the read model from the topics' full history.
   */
  @IsString()
  @IsNotEmpty()
  @Matches(GROUP_ID, { message: GROUP_ID_MESSAGE })
  DIRECTORY_CONSUMER_GROUP: string = 'opportunities.membership';

  /**
   * Appended to the names of the membership read model's collections (empty: the usual names). A rebuild without
   * downtime builds the read model anew beside the live one under a new DIRECTORY_CONSUMER_GROUP and a new
   * suffix (e.g. `_r2`), then switches the replicas to both (deploy/RUNBOOK.md, "Rebuilding a read model").
   */
  @Matches(/^[A-Za-z0-9_]{0,40}$/, { message: 'must be up to 40 letters, digits or _' })
  DIRECTORY_COLLECTION_SUFFIX: string = '';

  /**
   * Where a NEW directory group starts: true (production) replays membership's full history; false
   * starts at the end — only for tests that publish the membership events they need themselves.
   */
  @IsBoolean()
  DIRECTORY_FROM_BEGINNING: boolean = true;

  /** How often the expiry scheduler looks for published opportunities whose deadline passed. */
  @IsInt()
  @Min(50)
  @Max(3_600_000)
  EXPIRY_POLL_MS: number = 30_000;

  /**
   * How long the expiry lease lasts without renewal: if the active replica dies, another one takes
   * over after at most this long. Must exceed EXPIRY_POLL_MS (the holder renews on every poll).
   */
  @IsInt()
  @Min(200)
  @Max(3_600_000)
  EXPIRY_LEASE_MS: number = 90_000;

  /** Name of the expiry lease; replicas sharing a database and this name elect one active expirer. */
  @IsString()
  @Matches(GROUP_ID, { message: GROUP_ID_MESSAGE })
  EXPIRY_LEASE_NAME: string = 'opportunities.expiry';
}
