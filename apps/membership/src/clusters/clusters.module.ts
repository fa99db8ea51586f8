import { Module } from '@nestjs/common';
import { ClustersService } from './clusters.service';
import { ClustersController } from './http/clusters.controller';
import { ClusterAggregate } from './persistence/cluster.aggregate';
import { ClusterRepository } from './persistence/cluster.repository';

@Module({
  controllers: [ClustersController],
  providers: [ClusterRepository, ClusterAggregate, ClustersService],
  // Organisations check that the cluster they join exists and is active.
  exports: [ClustersService],
})
export class ClustersModule {}
