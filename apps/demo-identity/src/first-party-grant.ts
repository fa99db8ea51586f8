import type { Grant, KoaContextWithOIDC } from 'oidc-provider';

/**
 * oidc-provider's `loadExistingGrant`, with consent given on the user's behalf to the platform's own
 * console: it is first-party (the network's own application), so asking "allow the ICN console to
 * read your profile?" would only train users to click through. Whatever the console asks for — the
 * OpenID scopes and claims it requested, the API's scopes — is added to the user's grant, so the
 * consent prompt never finds anything missing. Other clients (there are none) get the default
 * behaviour: the grant they already hold, if any.
 */
export function firstPartyGrantLoader(firstPartyClientId: string): (ctx: KoaContextWithOIDC) => Promise<Grant | undefined> {
  return async (ctx) => {
    const { oidc } = ctx;
    const client = oidc.client;
    const accountId = oidc.session?.accountId;
    if (client === undefined || accountId === undefined) return undefined;
    const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(client.clientId);
    const existing = grantId === undefined ? undefined : await oidc.provider.Grant.find(grantId);
    if (client.clientId !== firstPartyClientId) return existing;

    // A grant left in the browser's session by another demo user is not this user's.
    const grant = existing?.accountId === accountId ? existing : new oidc.provider.Grant({ clientId: client.clientId, accountId });
    grant.addOIDCScope(oidc.requestParamOIDCScopes);
    grant.addOIDCClaims(oidc.requestParamClaims);
    for (const [indicator, resourceServer] of Object.entries(oidc.resourceServers ?? {})) {
      grant.addResourceScope(indicator, resourceServer.scope);
    }
    await grant.save();
    return grant;
  };
}
