import { createParamDecorator, ExecutionContext, InternalServerErrorException } from '@nestjs/common';
import { AuthenticatedRequest } from './authenticated-request';
import { Principal } from './principal';

export function principalOf(request: AuthenticatedRequest): Principal {
  // Reaching a handler without a principal means it is @Public() yet asks who is calling: a
  // programming error, not a client error, so it is a 500 rather than a silent undefined.
  if (request.principal === undefined) {
    throw new InternalServerErrorException('No authenticated principal on this request');
  }
  return request.principal;
}

/** Injects the caller's Principal: `create(@CurrentPrincipal() principal: Principal)`. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal =>
  principalOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);
