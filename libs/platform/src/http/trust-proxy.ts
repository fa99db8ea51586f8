import { isIP } from 'node:net';

/** Express's names for address ranges it knows. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** What Express's `trust proxy` is set to: off, a hop count, or the proxies' addresses/subnets. */
export type TrustProxySetting = false | number | string[];

/**
 * TRUST_PROXY → Express `trust proxy`. `false` (default): X-Forwarded-For is ignored, the client is
 * the socket's peer. A number: that many proxies in front (the client is the address they saw).
 * A list of addresses, CIDR subnets or `loopback` / `linklocal` / `uniquelocal`: forwarded
 * addresses are believed only from those. `true` (believe any X-Forwarded-For) is refused: every
 * client could then choose its own address and escape the rate limit. Null when invalid.
 */
export function parseTrustProxy(raw: string): TrustProxySetting | null {
  const value = raw.trim().toLowerCase();
  if (value === '' || value === 'false' || value === 'off' || value === '0') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops >= 1 && hops <= 10 ? hops : null;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  return entries.every(isTrustedProxyEntry) ? entries : null;
}

function isTrustedProxyEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}
