import { BaseServiceConfig } from '@icn/platform';
import { IsInt, IsNotEmpty, IsString, Matches, Max, Min } from 'class-validator';

const GROUP_ID = /^[A-Za-z0-9._-]{1,200}$/;
const GROUP_ID_MESSAGE = 'must be 1-200 characters of letters, digits, ., _ or -';

/** Network's environment: the platform's variables plus its membership read model's group. */
export class NetworkConfig extends BaseServiceConfig {
  override SERVICE_NAME: string = 'network';
  override PORT: number = 3005;
  override MONGODB_DB: string = 'icn_network';
  override KAFKA_CLIENT_ID: string = 'network';

  /**
   * The membership read model's consumer group (who applies: organisation, cluster, country, helix
   * type, sectors). Changing it rebuilds the read model from the membership topics' full history;
   * tests use a unique one.
   */
  @IsString()
  @IsNotEmpty()
  @Matches(GROUP_ID, { message: GROUP_ID_MESSAGE })
  DIRECTORY_CONSUMER_GROUP: string = 'network.directory';

  /**
   * Appended to the names of the membership read model's collections (empty: the usual names). A rebuild without
   * downtime builds the read model anew beside the live one under a new DIRECTORY_CONSUMER_GROUP and a new
   * suffix (e.g. `_r2`), then switches the replicas to both (deploy/RUNBOOK.md, "Rebuilding a read model").
   */
  @Matches(/^[A-Za-z0-9_]{0,40}$/, { message: 'must be up to 40 letters, digits or _' })
  DIRECTORY_COLLECTION_SUFFIX: string = '';

  /**
   * The annual report read model's consumer group (every service's topics that change a figure).
   * Changing it rebuilds the report from the topics' full history; tests use a unique one.
   */
  @IsString()
  @IsNotEmpty()
  @Matches(GROUP_ID, { message: GROUP_ID_MESSAGE })
  REPORT_CONSUMER_GROUP: string = 'network.annual-report';

  /**
   * Appended to the annual report's collection name (empty: the usual name); a rebuild without downtime uses a new
   * REPORT_CONSUMER_GROUP and a new suffix (deploy/RUNBOOK.md, "Rebuilding a read model").
   */
  @Matches(/^[A-Za-z0-9_]{0,40}$/, { message: 'must be up to 40 letters, digits or _' })
  REPORT_COLLECTION_SUFFIX: string = '';

  /** Partitions this instance applies in parallel (per-partition order is always kept). */
  @IsInt()
  @Min(1)
  @Max(64)
  CONSUMER_CONCURRENCY: number = 3;
}
