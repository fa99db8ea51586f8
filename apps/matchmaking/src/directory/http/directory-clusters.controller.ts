import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DirectoryClusterRepository } from '../persistence/directory-cluster.repository';
import { ApiDirectoryAuth } from './api-directory-auth.decorator';
import { DirectoryClusterPageView, DirectoryClusterView } from './directory-cluster.view';
import { toPage, toPageRequest } from './directory-page';
import { toClusterView } from './directory-view.mapper';
import { ListClustersQuery } from './list-clusters.query';

/** The cluster directory, readable by every authenticated participant (any role). */
@ApiTags('directory')
@ApiDirectoryAuth()
@Controller('directory/clusters')
export class DirectoryClustersController {
  constructor(private readonly clusters: DirectoryClusterRepository) {}

  @Get()
  @ApiOperation({ summary: 'List clusters in name order with cursor pagination.' })
  @ApiOkResponse({ type: DirectoryClusterPageView })
  @ApiBadRequestResponse({ description: 'Unknown or invalid filter, or a forged cursor.' })
  async list(@Query() query: ListClustersQuery): Promise<DirectoryClusterPageView> {
    const page = toPageRequest(query);
    const rows = await this.clusters.findPage(query, page);
    return toPage(rows, page.limit, toClusterView);
  }

  @Get(':clusterId')
  @ApiOperation({ summary: 'One cluster.' })
  @ApiOkResponse({ type: DirectoryClusterView })
  @ApiNotFoundResponse({ description: 'Not (yet) in the directory.' })
  async get(@Param('clusterId') clusterId: string): Promise<DirectoryClusterView> {
    // Any string is safe here: it is only ever compared for equality with `_id`.
    const document = await this.clusters.findById(clusterId);
    if (document === null) {
      throw new NotFoundException(`cluster ${clusterId} is not in the directory`);
    }
    return toClusterView(document);
  }
}
