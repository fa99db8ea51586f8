import { isIP } from 'node:net';

/**
 * Which network addresses a webhook may be delivered to. Pure: no DNS, no configuration. A
 * subscriber chooses the URL, so without this rule the platform is a proxy into its own network
 * (the services, the database and broker ports, cloud metadata at 169.254.169.254).
 *
 * Only globally routable unicast is allowed. IPv4 is checked against the special-purpose registry
 * (RFC 6890 and successors); IPv6 is allowed only inside global unicast 2000::/3 minus its special
 * blocks, so an unassigned or future range is refused rather than trusted. IPv6 forms that carry an
 * IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the address they carry.
 */

interface Ipv4Range {
  base: number;
  prefix: number;
  reason: string;
}

const ipv4 = (dotted: string, prefix: number, reason: string): Ipv4Range => ({ base: ipv4ToNumber(dotted)!, prefix, reason });

// Most specific first: the broadcast address is named as such, not as "reserved".
const BLOCKED_IPV4: readonly Ipv4Range[] = [
  ipv4('255.255.255.255', 32, 'broadcast address'),
  ipv4('0.0.0.0', 8, 'unspecified address ("this network", 0.0.0.0/8)'),
  ipv4('10.0.0.0', 8, 'private address (RFC 1918)'),
  ipv4('100.64.0.0', 10, 'carrier-grade NAT address (100.64.0.0/10)'),
  ipv4('127.0.0.0', 8, 'loopback address'),
  ipv4('169.254.0.0', 16, 'link-local address (169.254.0.0/16, cloud metadata)'),
  ipv4('172.16.0.0', 12, 'private address (RFC 1918)'),
  ipv4('192.0.0.0', 24, 'reserved address (IETF protocol assignments, 192.0.0.0/24)'),
  ipv4('192.0.2.0', 24, 'reserved address (documentation, 192.0.2.0/24)'),
  ipv4('192.88.99.0', 24, 'reserved address (6to4 relay anycast, 192.88.99.0/24)'),
  ipv4('192.168.0.0', 16, 'private address (RFC 1918)'),
  ipv4('198.18.0.0', 15, 'reserved address (benchmarking, 198.18.0.0/15)'),
  ipv4('198.51.100.0', 24, 'reserved address (documentation, 198.51.100.0/24)'),
  ipv4('203.0.113.0', 24, 'reserved address (documentation, 203.0.113.0/24)'),
  ipv4('224.0.0.0', 4, 'multicast address'),
  ipv4('240.0.0.0', 4, 'reserved address (240.0.0.0/4)'),
];

/** Why an address may not be a webhook target, or null when it may. */
export function blockedAddressReason(address: string): string | null {
  const v4 = ipv4ToNumber(address);
  if (v4 !== null) return blockedIpv4Reason(v4);
  const v6 = parseIpv6(address);
  if (v6 === null) return 'not an IP address';
  return blockedIpv6Reason(v6);
}

function blockedIpv4Reason(value: number): string | null {
  for (const range of BLOCKED_IPV4) {
    if (inIpv4Range(value, range.base, range.prefix)) return range.reason;
  }
  return null;
}

function blockedIpv6Reason(groups: readonly number[]): string | null {
  const [g0, g1, g2, g3, g4, g5] = groups;
  const upperZero = groups.slice(0, 5).every((group) => group === 0);
  const embedded = (high: number, low: number): string => numberToIpv4(((high << 16) | low) >>> 0);
  if (groups.every((group) => group === 0)) return 'unspecified address (::)';
  if (upperZero && g5 === 0 && groups[6] === 0 && groups[7] === 1) return 'loopback address (::1)';
  if (upperZero && g5 === 0xffff) return `IPv4-mapped IPv6 address (carries ${embedded(groups[6], groups[7])})`;
  if (upperZero && g5 === 0) return `IPv4-compatible IPv6 address (carries ${embedded(groups[6], groups[7])})`;
  // NAT64 (RFC 6052): 64:ff9b::/96 reaches the IPv4 address it carries, so it is judged by it.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    const carried = embedded(groups[6], groups[7]);
    const reason = blockedAddressReason(carried);
    return reason === null ? null : `NAT64 address carrying ${carried}: ${reason}`;
  }
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return 'reserved address (local-use NAT64, 64:ff9b:1::/48)';
  if ((g0 & 0xfe00) === 0xfc00) return 'private address (unique local, fc00::/7)';
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local address (fe80::/10)';
  if ((g0 & 0xffc0) === 0xfec0) return 'reserved address (site-local, fec0::/10)';
  if ((g0 & 0xff00) === 0xff00) return 'multicast address (ff00::/8)';
  if ((g0 & 0xe000) !== 0x2000) return 'reserved address (outside IPv6 global unicast 2000::/3)';
  // 6to4 (RFC 3056): 2002:AABB:CCDD::/48 is routed to the IPv4 address AA.BB.CC.DD.
  if (g0 === 0x2002) {
    const carried = embedded(g1, g2);
    const reason = blockedAddressReason(carried);
    return reason === null ? null : `6to4 address carrying ${carried}: ${reason}`;
  }
  if (g0 === 0x2001 && g1 === 0x0db8) return 'reserved address (documentation, 2001:db8::/32)';
  if (g0 === 0x2001 && g1 < 0x0200) return 'reserved address (IETF protocol assignments incl. Teredo, 2001::/23)';
  if (g0 === 0x3fff && (g1 & 0xf000) === 0) return 'reserved address (documentation, 3fff::/20)';
  return null;
}

/**
 * The IPv4 address a host names in any of the spellings `inet_aton` (and so the resolver and the
 * WHATWG URL parser) accepts: 1 to 4 parts, each decimal, octal (leading 0) or hex (0x), the last
 * part filling the remaining bytes — `2130706433`, `0x7f000001`, `0177.0.0.1`, `127.1` all name
 * 127.0.0.1. Null when the text is not such an address.
 */
export function ipv4ToNumber(text: string): number | null {
  const parts = text.split('.');
  if (parts.length > 0 && parts[parts.length - 1] === '' && parts.length > 1) parts.pop(); // trailing dot
  if (parts.length < 1 || parts.length > 4) return null;
  const values: number[] = [];
  for (const part of parts) {
    const value = parseIpv4Part(part);
    if (value === null) return null;
    values.push(value);
  }
  const last = values.pop()!;
  if (values.some((value) => value > 255)) return null;
  if (last >= 256 ** (4 - values.length)) return null;
  let result = last;
  values.forEach((value, index) => {
    result += value * 256 ** (3 - index);
  });
  return result;
}

function parseIpv4Part(part: string): number | null {
  if (/^0x[0-9a-f]*$/i.test(part)) return part.length === 2 ? 0 : Number.parseInt(part.slice(2), 16);
  if (/^0[0-7]+$/.test(part)) return Number.parseInt(part.slice(1), 8);
  if (/^(0|[1-9][0-9]*)$/.test(part)) return Number(part);
  return null;
}

function numberToIpv4(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

function inIpv4Range(value: number, base: number, prefix: number): boolean {
  if (prefix === 0) return true;
  const mask = (0xffffffff << (32 - prefix)) >>> 0;
  return ((value & mask) >>> 0) === ((base & mask) >>> 0);
}

/** Eight 16-bit groups of an IPv6 address (with or without brackets, zone id or IPv4 tail), or null. */
export function parseIpv6(text: string): number[] | null {
  let address = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const zone = address.indexOf('%');
  if (zone >= 0) address = address.slice(0, zone);
  if (isIP(address) !== 6) return null;
  // A dotted IPv4 tail (::ffff:127.0.0.1) is the last two groups written another way.
  const lastColon = address.lastIndexOf(':');
  const tail = address.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = ipv4ToNumber(tail);
    if (v4 === null) return null;
    address = `${address.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const toGroups = (side: string): number[] => (side === '' ? [] : side.split(':').map((group) => Number.parseInt(group, 16)));
  const compressed = address.indexOf('::');
  if (compressed < 0) return toGroups(address);
  const head = toGroups(address.slice(0, compressed));
  const rest = toGroups(address.slice(compressed + 2));
  return [...head, ...Array<number>(8 - head.length - rest.length).fill(0), ...rest];
}
