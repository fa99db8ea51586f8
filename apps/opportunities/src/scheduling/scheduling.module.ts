import { Module } from '@nestjs/common';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { ExpiryScheduler } from './expiry.scheduler';
import { LeaseStore } from './persistence/lease.store';

/** Time-driven work that exactly one replica does at a time (the lease), starting with expiry. */
@Module({
  imports: [OpportunitiesModule],
  providers: [LeaseStore, ExpiryScheduler],
  exports: [LeaseStore],
})
export class SchedulingModule {}
