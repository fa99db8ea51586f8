import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { API_KEY_SCHEME, BEARER_SCHEME } from '@icn/platform';

/**
 * OpenAPI description of the directory's access rule. Enforcement is the platform's global auth
 * guard: no `@Public()` and no `@Roles()` here, so any authenticated role may read.
 */
export function ApiDirectoryAuth(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiBearerAuth(BEARER_SCHEME),
    ApiSecurity(API_KEY_SCHEME),
    ApiUnauthorizedResponse({ description: 'Missing or invalid bearer token / API key.' }),
  );
}
