import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module';
import { FundingCallsModule } from '../funding-calls/funding-calls.module';
import { ConsortiaService } from './consortia.service';
import { ConsortiumFormationService } from './consortium-formation.service';
import { ConsortiumProfiles } from './consortium-profiles';
import { ConsortiumReportsService } from './consortium-reports.service';
import { ConsortiumWorkspaceService } from './consortium-workspace.service';
import { ConsortiaController } from './http/consortia.controller';
import { ConsortiumFormationController } from './http/consortium-formation.controller';
import { ConsortiumReportsController } from './http/consortium-reports.controller';
import { ConsortiumWorkspaceController } from './http/consortium-workspace.controller';
import { CONSORTIUM_AGGREGATE, consortiumAggregateProvider } from './persistence/consortium.aggregate';
import { ConsortiumRepository } from './persistence/consortium.repository';

/**
 * Consortia: formation, eligibility, workspace, outcomes and reports. Publishes to
 * icn.consortia.consortium.v1 through the write path (ADR 12); reads the directory and funding-call read models.
 */
@Module({
  imports: [DirectoryModule, FundingCallsModule],
  // Reports first: its fixed paths (/consortia/outcomes, /consortia/statistics) must win over /consortia/:id.
  controllers: [ConsortiumReportsController, ConsortiaController, ConsortiumFormationController, ConsortiumWorkspaceController],
  providers: [
    ConsortiumRepository,
    consortiumAggregateProvider,
    ConsortiumProfiles,
    ConsortiaService,
    ConsortiumFormationService,
    ConsortiumWorkspaceService,
    ConsortiumReportsService,
  ],
  // Partner searches read consortia (their rules and members) from the same store.
  exports: [ConsortiumRepository, CONSORTIUM_AGGREGATE],
})
export class ConsortiaModule {}
