export { ROLES, isRole } from './role';
export type { Role } from './role';
export type { Principal, PrincipalKind } from './principal';
export { principalFromClaims } from './token-claims';
export type { TokenClaims, ClaimsResult } from './token-claims';
export { hashApiKey, parseIntegratorApiKeys, matchApiKey } from './api-key';
export type { IntegratorApiKey } from './api-key';
export { AUTH_OPTIONS, JWT_ALGORITHM, MIN_JWT_SECRET_LENGTH, OIDC_ALGORITHMS } from './auth-options';
export { checkTokenLifetime, DEFAULT_JWT_CLOCK_TOLERANCE_SECONDS, DEFAULT_JWT_MAX_LIFETIME_SECONDS } from './token-lifetime';
export type { LifetimeResult, TokenLifetimePolicy } from './token-lifetime';
export type { AuthOptions, AuthModuleAsyncOptions, OidcOptions } from './auth-options';
export { claimAt, DEFAULT_OIDC_CLAIM_MAPPING, platformRoleOf, principalFromOidcClaims } from './oidc-claim-mapping';
export type { OidcClaimMapping } from './oidc-claim-mapping';
export { IdentityProviderUnavailableException } from './identity-provider-unavailable.exception';
export { DEVELOPMENT_JWT_SECRET, DEFAULT_JWT_ISSUER } from './development-secret';
export { CredentialsVerifier } from './credentials-verifier';
export type { VerificationResult } from './credentials-verifier';
export { API_KEY_HEADER, extractCredentials } from './credentials';
export { IS_PUBLIC_KEY, ROLES_KEY } from './auth-metadata';
export { Public } from './public.decorator';
export { Roles } from './roles.decorator';
export { CurrentPrincipal, principalOf } from './current-principal.decorator';
export type { AuthenticatedRequest } from './authenticated-request';
export { AuthGuard } from './auth.guard';
export { AuthModule } from './auth.module';
export {
  assertClusterScope,
  assertOrganisationScope,
  canManageCluster,
  canManageOrganisation,
  canReadCluster,
  canReadOrganisation,
  isNetworkAdmin,
} from './scope';
export type { OrganisationRef, ScopeAccess } from './scope';
export {
  canReadApplication,
  canViewOpportunity,
  isOpportunityVisibleToCluster,
  opportunityVisibilityFilter,
  PUBLIC_READER,
  seesEveryOpportunity,
  type AnonymousReader,
  type OpportunityReader,
} from './visibility';
export type { ApplicationAudience, OpportunityAudience } from './visibility';
export { mintToken } from './mint-token';
export type { MintTokenOptions, TokenTtl } from './mint-token';
