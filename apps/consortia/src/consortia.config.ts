import { BaseServiceConfig } from '@icn/platform';
import { IsInt, IsNotEmpty, IsString, Matches, Max, Min } from 'class-validator';

const GROUP_ID = /^[A-Za-z0-9._-]{1,200}$/;
const GROUP_ID_MESSAGE = 'must be 1-200 characters of letters, digits, ., _ or -';

/** Consortia's environment: the platform's variables plus its read models' groups and invitation expiry. */
export class ConsortiaConfig extends BaseServiceConfig {
  override SERVICE_NAME: string = 'consortia';
  override PORT: number = 3004;
  override MONGODB_DB: string = 'icn_consortia';
  override KAFKA_CLIENT_ID: string = 'consortia';

  /**
   * The membership read model's consumer group. Changing it rebuilds the read model from the
   * membership topics' full history; tests use a unique one.
   */
  @IsString()
  @IsNotEmpty()
  @Matches(GROUP_ID, { message: GROUP_ID_MESSAGE })
  DIRECTORY_CONSUMER_GROUP: string = 'consortia.directory';

  /**
   * Appended to the names of the membership read model's collections (empty: the usual names). A rebuild without
   * downtime builds the read model anew beside the live one under a new DIRECTORY_CONSUMER_GROUP and a new
   * suffix (e.g. `_r2`), then switches the replicas to both (deploy/RUNBOOK.md, "Rebuilding a read model").
   */
  @Matches(/^[A-Za-z0-9_]{0,40}$/, { message: 'must be up to 40 letters, digits or _' })
  DIRECTORY_COLLECTION_SUFFIX: string = '';

  /** The funding-call read model's consumer group, separate so each read model is rebuilt on its own. */
  @IsString()
  @IsNotEmpty()
  @Matches(GROUP_ID, { message: GROUP_ID_MESSAGE })
  OPPORTUNITY_CONSUMER_GROUP: string = 'consortia.opportunities';

  /**
   * Appended to the names of the funding-call read model's collections (empty: the usual names). A rebuild without
   * downtime builds the read model anew beside the live one under a new OPPORTUNITY_CONSUMER_GROUP and a new
   * suffix (e.g. `_r2`), then switches the replicas to both (deploy/RUNBOOK.md, "Rebuilding a read model").
   */
  @Matches(/^[A-Za-z0-9_]{0,40}$/, { message: 'must be up to 40 letters, digits or _' })
  OPPORTUNITY_COLLECTION_SUFFIX: string = '';

  /**
   * The consumer group reading matchmaking's partner proposals. A new group starts at the topic's end
   * (proposals only answer searches this database holds); tests use a unique one.
   */
  @IsString()
  @IsNotEmpty()
  @Matches(GROUP_ID, { message: GROUP_ID_MESSAGE })
  PARTNER_SUGGESTION_CONSUMER_GROUP: string = 'consortia.partner-suggestions';

  /** Days an invitation stays open; after that it can no longer be accepted (checked lazily). */
  @IsInt()
  @Min(1)
  @Max(365)
  INVITATION_EXPIRY_DAYS: number = 14;

  /** Partitions this instance applies in parallel (per-partition order is always kept). */
  @IsInt()
  @Min(1)
  @Max(64)
  CONSUMER_CONCURRENCY: number = 3;
}
