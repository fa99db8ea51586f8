import { buildAsyncApiDocument, type AsyncApiDocument } from '@icn/contracts';
import { Public } from '../auth';
import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AsyncApiDocumentResponse } from './asyncapi-document.response';

/**
 * The platform's event contract (AsyncAPI 3), served by every service (the same document: one
 * contract for the whole platform), public so integrators can read it before they hold
 * credentials. Built once: it is derived from the compiled-in contracts and cannot change at runtime.
 */
@ApiTags('contract')
@Controller()
export class AsyncApiController {
  private readonly document: AsyncApiDocument = buildAsyncApiDocument();

  @Get('asyncapi.json')
  @Public()
  @Header('cache-control', 'public, max-age=300')
  @ApiOperation({ summary: 'AsyncAPI 3 document of the events integrators can subscribe to' })
  @ApiOkResponse({ description: 'AsyncAPI 3.0.0 JSON document', type: AsyncApiDocumentResponse })
  get(): AsyncApiDocument {
    return this.document;
  }
}
