import { parseArgs } from 'node:util';
import { DEFAULT_JWT_ISSUER, DEVELOPMENT_JWT_SECRET } from './development-secret';
import { MintTokenOptions, TokenTtl } from './mint-token';
import { isRole } from './role';
import { TokenClaims } from './token-claims';

export const MINT_TOKEN_USAGE = `Usage: npm run token -- --role <network-admin|cluster-manager|member>
         [--cluster <clusterId>] [--organisation <organisationId>] [--subject <sub>] [--ttl 8h]
Reads JWT_SECRET and JWT_ISSUER from the environment.`;

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
    options: { issuer: env['JWT_ISSUER'] || DEFAULT_JWT_ISSUER, expiresIn },
    usedDevelopmentSecret: secret === DEVELOPMENT_JWT_SECRET,
  };
}
