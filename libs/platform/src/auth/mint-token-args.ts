import { parseArgs } from 'node:util';
import { DEFAULT_JWT_ISSUER, DEVELOPMENT_JWT_SECRET } from './development-secret';
import { MintTokenOptions, TokenTtl } from './mint-token';
import { isRole } from './role';
import { TokenClaims } from './token-claims';
import { DEFAULT_JWT_MAX_LIFETIME_SECONDS } from './token-lifetime';

export const MINT_TOKEN_USAGE = `Usage: npm run token -- --role <network-admin|cluster-manager|member>
         [--cluster <clusterId>] [--organisation <organisationId>] [--subject <sub>] [--ttl 8h]
Reads JWT_SECRET, JWT_ISSUER, JWT_AUDIENCE and JWT_MAX_LIFETIME_SECONDS (default 86400: the
services refuse longer-lived tokens, so --ttl may not exceed it) from the environment.`;

export interface MintTokenRequest {
  claims: TokenClaims;
  secret: string;
  options: MintTokenOptions;
  usedDevelopmentSecret: boolean;
}

/** Parses the CLI arguments; kept apart from the CLI entry point so it can be unit-tested. */
export function parseMintTokenArgs(argv: string[], env: NodeJS.ProcessEnv): MintTokenRequest {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      role: { type: 'string' },
      cluster: { type: 'string' },
      organisation: { type: 'string' },
      subject: { type: 'string' },
      ttl: { type: 'string', default: '8h' },
    },
  });
  const role = values.role;
  if (!isRole(role) || role === 'integrator') {
    throw new Error('--role must be network-admin, cluster-manager or member (integrators use API keys)');
  }
  const ttl = values.ttl ?? '8h';
  if (!/^[1-9][0-9]*[smhd]?$/.test(ttl)) throw new Error('--ttl must look like 3600, 15m, 8h or 7d');
  const expiresIn: TokenTtl = /^[0-9]+$/.test(ttl) ? Number(ttl) : (ttl as TokenTtl);
  const maxLifetime = maxLifetimeFrom(env);
  if (ttlSeconds(ttl) > maxLifetime) {
    throw new Error(`--ttl ${ttl} exceeds JWT_MAX_LIFETIME_SECONDS (${maxLifetime}s): the services would refuse the token`);
  }
  const audience = env['JWT_AUDIENCE'];
  const envSecret = env['JWT_SECRET'];
  const secret = envSecret !== undefined && envSecret !== '' ? envSecret : DEVELOPMENT_JWT_SECRET;
  return {
    claims: {
      sub: values.subject ?? `dev-${role}`,
      role,
      ...(values.cluster !== undefined && { clusterId: values.cluster }),
      ...(values.organisation !== undefined && { organisationId: values.organisation }),
    },
    secret,
    options: {
      issuer: env['JWT_ISSUER'] || DEFAULT_JWT_ISSUER,
      expiresIn,
      ...(audience !== undefined && audience !== '' && { audience }),
    },
    usedDevelopmentSecret: secret === DEVELOPMENT_JWT_SECRET,
  };
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds of a --ttl already checked against /^[1-9][0-9]*[smhd]?$/. */
function ttlSeconds(ttl: string): number {
  const unit = ttl.at(-1) ?? '';
  return unit in UNIT_SECONDS ? Number(ttl.slice(0, -1)) * (UNIT_SECONDS[unit] ?? 1) : Number(ttl);
}

function maxLifetimeFrom(env: NodeJS.ProcessEnv): number {
  const raw = env['JWT_MAX_LIFETIME_SECONDS'];
  if (raw === undefined || raw === '') return DEFAULT_JWT_MAX_LIFETIME_SECONDS;
  if (!/^[1-9][0-9]*$/.test(raw)) throw new Error('JWT_MAX_LIFETIME_SECONDS must be a whole number of seconds');
  return Number(raw);
}
