import { BaseServiceConfig } from '@icn/platform';
import { IsInt, Max, Min } from 'class-validator';

/** The membership service's environment: the platform's variables plus its own defaults. */
export class MembershipConfig extends BaseServiceConfig {
  override SERVICE_NAME = 'membership';
  override PORT = 3001;
  override MONGODB_DB = 'icn_membership';
  override KAFKA_CLIENT_ID = 'membership';

  /**
   * Period of the relay's safety-net scan for events a crashed process left behind (each write
   * triggers its own aggregate at once, and start-up scans). On FerretDB a scan reads the whole
   * collection, so it is not cheap: keep it in seconds.
   */
  @IsInt()
  @Min(50)
  @Max(600000)
  OUTBOX_POLL_MS = 10000;
}
