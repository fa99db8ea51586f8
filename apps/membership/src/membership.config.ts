import { BaseServiceConfig } from '@icn/platform';
import { IsInt, Max, Min } from 'class-validator';

/** The membership service's environment: the platform's variables plus its own defaults. */
export class MembershipConfig extends BaseServiceConfig {
  override SERVICE_NAME = 'membership';
  override PORT = 3001;
  override MONGODB_DB = 'icn_membership';
  override KAFKA_CLIENT_ID = 'membership';

  /** Safety-net period of the outbox relay; writes trigger it immediately anyway. */
  @IsInt()
  @Min(50)
  @Max(60000)
  OUTBOX_POLL_MS = 1000;
}
