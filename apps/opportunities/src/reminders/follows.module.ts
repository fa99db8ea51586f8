import { Module } from '@nestjs/common';
import { DeadlineFollowRepository } from './persistence/deadline-follow.repository';

/** Which subscription follows which opportunity's deadline (pipeline writes; reminders and calendar read). */
@Module({
  providers: [DeadlineFollowRepository],
  exports: [DeadlineFollowRepository],
})
export class FollowsModule {}
