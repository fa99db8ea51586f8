import { BaseServiceConfig } from '@icn/platform';
import { IsInt, Max, Min } from 'class-validator';

/** The membership service's environment: the platform's variables plus its own defaults. */
export class MembershipConfig extends BaseServiceConfig {
  override SERVICE_NAME = 'membership';
  override PORT = 3001;
  override MONGODB_DB = 'icn_membership';
  override KAFKA_CLIENT_ID = 'membership';

  /**
   * Period of the commit relay's safety-net scan for commits a crashed replica left unpublished
   * (each command publishes its own commit at once, and start-up scans). Orphans are rare, so
   * seconds are enough.
   */
  @IsInt()
  @Min(50)
  @Max(600000)
  OUTBOX_POLL_MS = 10000;
}
