import { Public } from '@icn/platform';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ATOM_CONTENT_TYPE } from '../domain/atom-document';
import { httpDateOf, isNotModified } from '../domain/conditional-get';
import type { FeedScope } from '../domain/feed-identity';
import { FeedPageQuery } from './feed-page.query';
import { PublicFeedService, type RenderedFeed } from './public-feed.service';

const ATOM_OK = {
  description:
    'An Atom 1.0 feed page (RFC 4287), newest publication first, with RFC 5005 first/last/next/previous links. Only opportunities visible to everyone (visibility `network`); ended ones stay with their status. ETag and Last-Modified for conditional GET.',
  content: { 'application/atom+xml': { schema: { type: 'string' } } },
};

/**
 * Public Atom feeds of opportunities for partner platforms and feed readers: no authentication,
 * so only what the network shows an anonymous reader (PUBLIC_READER in @icn/platform's one
 * visibility rule) ever appears.
 */
@ApiTags('feeds')
@Public()
@Controller('feeds')
export class PublicFeedController {
  constructor(private readonly feeds: PublicFeedService) {}

  @Get('opportunities')
  @ApiOperation({ summary: "The network's public opportunities as an Atom feed (no authentication)" })
  @ApiProduces('application/atom+xml')
  @ApiOkResponse(ATOM_OK)
  @ApiResponse({ status: 304, description: 'Not modified (If-None-Match / If-Modified-Since).' })
  @ApiBadRequestResponse({ description: 'A paging parameter this feed did not issue (before, after, page), or more than one of them.' })
  async network(@Query() query: FeedPageQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    this.send(request, response, await this.feeds.page({ kind: 'network' }, query));
  }

  @Get('clusters/:clusterId/opportunities')
  @ApiOperation({ summary: "One cluster's public opportunities as an Atom feed (no authentication)" })
  @ApiProduces('application/atom+xml')
  @ApiOkResponse(ATOM_OK)
  @ApiResponse({ status: 304, description: 'Not modified (If-None-Match / If-Modified-Since).' })
  @ApiBadRequestResponse({ description: 'A paging parameter this feed did not issue (before, after, page), or more than one of them.' })
  @ApiNotFoundResponse({ description: 'No such cluster.' })
  async cluster(
    @Param('clusterId') clusterId: string,
    @Query() query: FeedPageQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const scope: FeedScope = { kind: 'cluster', clusterId };
    this.send(request, response, await this.feeds.page(scope, query));
  }

  private send(request: Request, response: Response, feed: RenderedFeed): void {
    response.setHeader('ETag', feed.entityTag);
    response.setHeader('Last-Modified', httpDateOf(feed.lastModified));
    // Shared caches may keep a page a minute; readers revalidate with the validators above.
    response.setHeader('Cache-Control', 'public, max-age=60');
    const notModified = isNotModified(
      { ifNoneMatch: request.header('if-none-match'), ifModifiedSince: request.header('if-modified-since') },
      { entityTag: feed.entityTag, lastModified: feed.lastModified },
    );
    if (notModified) {
      response.status(304).end();
      return;
    }
    response.status(200).type(ATOM_CONTENT_TYPE).send(feed.body);
  }
}
