import { Idempotent, Roles, type KeysetPage } from '@icn/platform';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ClusterState } from '../domain/cluster';
import { ClustersService } from '../clusters.service';
import { ClusterIdPipe } from './cluster-id.pipe';
import { ClusterPageResponse, ClusterResponse } from './cluster.response';
import { ListClustersQuery } from './list-clusters.query';
import { RegisterClusterDto } from './register-cluster.dto';
import { UpdateClusterDto } from './update-cluster.dto';

/**
 * Clusters of the network. Only the secretariat (network-admin) registers and edits them; every
 * authenticated caller may read them, because the cluster list is the network's public face.
 */
@ApiTags('clusters')
@ApiBearerAuth()
@Controller('clusters')
export class ClustersController {
  constructor(private readonly clusters: ClustersService) {}

  @Post()
  @Roles('network-admin')
  @Idempotent()
  @ApiOperation({ summary: 'Register a cluster (emits ClusterRegistered)' })
  @ApiCreatedResponse({ type: ClusterResponse })
  @ApiConflictResponse({ description: 'A cluster with this slug is already registered.' })
  register(@Body() dto: RegisterClusterDto): Promise<ClusterState> {
    return this.clusters.register(dto);
  }

  @Patch(':clusterId')
  @Roles('network-admin')
  @ApiOperation({ summary: 'Update a cluster (emits ClusterUpdated when something changed)' })
  @ApiOkResponse({ type: ClusterResponse })
  update(@Param('clusterId', ClusterIdPipe) clusterId: string, @Body() dto: UpdateClusterDto): Promise<ClusterState> {
    return this.clusters.update(clusterId, dto);
  }

  @Get()
  @ApiOperation({ summary: 'List clusters' })
  @ApiOkResponse({ type: ClusterPageResponse })
  list(@Query() query: ListClustersQuery): Promise<KeysetPage<ClusterState>> {
    return this.clusters.list(query);
  }

  @Get(':clusterId')
  @ApiOperation({ summary: 'Get a cluster' })
  @ApiOkResponse({ type: ClusterResponse })
  get(@Param('clusterId', ClusterIdPipe) clusterId: string): Promise<ClusterState> {
    return this.clusters.get(clusterId);
  }
}
