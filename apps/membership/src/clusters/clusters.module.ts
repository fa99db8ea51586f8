import { Module } from '@nestjs/common';
import { CommonModule } from '../common/common.module';
import { ClusterRepository } from './cluster.repository';
import { ClustersController } from './clusters.controller';
import { ClustersService } from './clusters.service';

@Module({
  imports: [CommonModule],
  controllers: [ClustersController],
  providers: [ClusterRepository, ClustersService],
  // Organisations check that the cluster they join exists and is active.
  exports: [ClustersService],
})
export class ClustersModule {}
