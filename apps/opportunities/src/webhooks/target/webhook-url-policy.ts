import { isIP } from 'node:net';
import { blockedAddressReason, ipv4ToNumber } from './address-policy';

/** A webhook URL that passed the checks that need no DNS. */
export interface CheckedWebhookUrl {
  url: URL;
  /** Lower-case, without the brackets of an IPv6 literal. */
  hostname: string;
  /** The address itself when the host is an IP literal (canonical form): no lookup is needed. */
  literalAddress: string | null;
  /** Listed in WEBHOOK_ALLOWED_HOSTS: its addresses are not classified (local development, tests). */
  allowListed: boolean;
}

export type WebhookUrlVerdict = { ok: true; checked: CheckedWebhookUrl } | { ok: false; reason: string };

export type AddressVerdict = { ok: true; address: string } | { ok: false; reason: string };

/**
 * Pure part of the webhook target rule: scheme, credentials, and the host when it is an address
 * literal. The WHATWG parser already turns every IPv4 spelling of an http(s) host into dotted
 * decimal (0x7f000001, 2130706433, 0177.0.0.1 and 127.1 all become 127.0.0.1); the loose parse
 * below is a second line in case a host ever reaches us unnormalised.
 */
export function checkWebhookUrl(raw: string, allowedHosts: ReadonlySet<string>): WebhookUrlVerdict {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'must be an absolute http(s) URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'must use http or https' };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'must not contain credentials (user:password@)' };
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (hostname === '') return { ok: false, reason: 'must name a host' };
  const literalAddress = isIP(hostname) !== 0 ? hostname : looseIpv4(hostname);
  const allowListed = allowedHosts.has(hostname) || (literalAddress !== null && allowedHosts.has(literalAddress));
  if (!allowListed) {
    if (literalAddress !== null) {
      const reason = blockedAddressReason(literalAddress);
      if (reason !== null) return { ok: false, reason: `must not target a ${reason}: ${literalAddress}` };
    } else if (hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === 'localhost.') {
      return { ok: false, reason: `must not target a loopback address: ${hostname}` };
    }
  }
  return { ok: true, checked: { url, hostname, literalAddress, allowListed } };
}

/**
 * Every address a name resolved to must be allowed: a resolver answering one public and one
 * internal address must not let the connection pick the internal one. The first one is pinned.
 */
export function checkResolvedAddresses(hostname: string, addresses: readonly string[]): AddressVerdict {
  if (addresses.length === 0) return { ok: false, reason: `${hostname} resolves to no address` };
  for (const address of addresses) {
    const reason = blockedAddressReason(address);
    if (reason !== null) return { ok: false, reason: `must not target a ${reason}: ${hostname} resolves to ${address}` };
  }
  return { ok: true, address: addresses[0] };
}

/** `WEBHOOK_ALLOWED_HOSTS` entries compared the way checkWebhookUrl sees hosts. */
export function allowedHostSet(hosts: readonly string[]): ReadonlySet<string> {
  return new Set(hosts.map((host) => host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1')).filter((host) => host !== ''));
}

function looseIpv4(hostname: string): string | null {
  const value = ipv4ToNumber(hostname);
  if (value === null) return null;
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}
