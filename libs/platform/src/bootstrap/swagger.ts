import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { OpenApiOptions } from '../platform-options';
import { documentResponses } from './document-responses';
import { collectRouteFacts } from './route-facts';

export const BEARER_SCHEME = 'bearer';
export const API_KEY_SCHEME = 'api-key';

/**
 * Swagger UI at /docs, the OpenAPI document at /docs-json. Both schemes are declared globally so
 * the UI's "Authorize" button works for either a JWT or an integrator key. The document is then
 * completed from the routes' own decorators (documentResponses): the standard error responses, the
 * shared error body and the real success status, so no controller has to repeat them.
 */
export function setupSwagger(app: INestApplication, options: OpenApiOptions): void {
  const builder = new DocumentBuilder()
    .setTitle(options.title)
    .setVersion(options.version ?? '1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, API_KEY_SCHEME)
    .addSecurityRequirements(BEARER_SCHEME)
    .addSecurityRequirements(API_KEY_SCHEME);
  if (options.description !== undefined) builder.setDescription(options.description);
  const document = documentResponses(SwaggerModule.createDocument(app, builder.build()), collectRouteFacts(app));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
