import { SetMetadata } from '@nestjs/common';
import { ROLES_KEY } from './auth-metadata';
import { Role } from './role';

/**
 * Restricts a handler (or every handler of a controller) to the listed roles; a handler-level list
 * replaces the controller-level one. No role is implied: list 'network-admin' when the secretariat
 * may call it too. Object-level scope (which cluster/organisation) is checked in the handler with
 * the scope helpers.
 */
export const Roles = (...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);
