/** Reflector metadata keys shared by the decorators and the guard. */
export const IS_PUBLIC_KEY = 'icn:auth:public';
export const ROLES_KEY = 'icn:auth:roles';
