import { SetMetadata } from '@nestjs/common';
import { IS_PUBLIC_KEY } from './auth-metadata';

/**
 * Opts a handler or controller out of authentication (health, metrics, docs). Authentication is
 * on by default so that forgetting a decorator fails closed.
 */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);
