import { blockedAddressReason, ipv4ToNumber, parseIpv6 } from './address-policy';
import { allowedHostSet, checkResolvedAddresses, checkWebhookUrl } from './webhook-url-policy';

const noAllowList = allowedHostSet([]);

/** Every internal address, in the spellings a subscriber could use, and what it must be refused as. */
const BLOCKED_URL_HOSTS: readonly [host: string, reason: RegExp][] = [
  ['127.0.0.1', /loopback/],
  ['127.0.0.2', /loopback/],
  ['127.255.255.254', /loopback/],
  ['2130706433', /loopback/], // decimal
  ['0x7f000001', /loopback/], // hex
  ['0x7F.0.0.1', /loopback/], // hex part
  ['0177.0.0.1', /loopback/], // octal
  ['0177.0.0.01', /loopback/],
  ['127.1', /loopback/], // short form a.b
  ['127.0.1', /loopback/], // short form a.b.c
  ['017700000001', /loopback/], // one octal number
  ['localhost', /loopback/],
  ['api.localhost', /loopback/],
  ['[::1]', /loopback/],
  ['[0:0:0:0:0:0:0:1]', /loopback/],
  ['[::ffff:127.0.0.1]', /IPv4-mapped/],
  ['[::ffff:7f00:1]', /IPv4-mapped/],
  ['[::ffff:10.0.0.1]', /IPv4-mapped/],
  ['[::127.0.0.1]', /IPv4-compatible/],
  ['[64:ff9b::7f00:1]', /NAT64 address carrying 127\.0\.0\.1: loopback/],
  ['[64:ff9b::10.1.2.3]', /NAT64 address carrying 10\.1\.2\.3: private/],
  ['[64:ff9b::a9fe:a9fe]', /NAT64 address carrying 169\.254\.169\.254: link-local/],
  ['[64:ff9b:1::8.8.8.8]', /local-use NAT64/],
  ['[2002:7f00:1::]', /6to4 address carrying 127\.0\.0\.1/],
  ['[2002:c0a8:101::1]', /6to4 address carrying 192\.168\.1\.1: private/],
  ['0.0.0.0', /unspecified/],
  ['0', /unspecified/],
  ['[::]', /unspecified/],
  ['10.0.0.1', /private/],
  ['10.255.255.255', /private/],
  ['172.16.0.1', /private/],
  ['172.31.255.255', /private/],
  ['192.168.0.1', /private/],
  ['0xc0a80001', /private/], // 192.168.0.1 in hex
  ['3232235521', /private/], // 192.168.0.1 in decimal
  ['[fc00::1]', /unique local/],
  ['[fd12:3456:789a::1]', /unique local/],
  ['169.254.169.254', /link-local.*metadata/],
  ['169.254.0.1', /link-local/],
  ['0xa9fea9fe', /link-local/], // 169.254.169.254 in hex
  ['[fe80::1]', /link-local/],
  ['[febf::1]', /link-local/],
  ['[fec0::1]', /site-local/],
  ['224.0.0.1', /multicast/],
  ['239.255.255.250', /multicast/],
  ['[ff02::1]', /multicast/],
  ['[ff0e::1]', /multicast/],
  ['255.255.255.255', /broadcast/],
  ['240.0.0.1', /reserved/],
  ['100.64.0.1', /carrier-grade NAT/],
  ['100.127.255.255', /carrier-grade NAT/],
  ['192.0.0.8', /reserved/],
  ['192.0.2.1', /documentation/],
  ['198.51.100.7', /documentation/],
  ['203.0.113.9', /documentation/],
  ['198.18.0.1', /benchmarking/],
  ['198.19.255.255', /benchmarking/],
  ['192.88.99.1', /6to4 relay/],
  ['[2001:db8::1]', /documentation/],
  ['[2001::1]', /Teredo/],
  ['[3fff::1]', /documentation/],
  ['[100::1]', /outside IPv6 global unicast/],
  ['[::2]', /IPv4-compatible/],
];

/** Public addresses next to the blocked ranges' edges: allowed. */
const PUBLIC_HOSTS: readonly string[] = [
  '8.8.8.8',
  '1.1.1.1',
  '93.184.216.34',
  '9.255.255.255', // just below 10/8
  '11.0.0.0', // just above 10/8
  '172.15.255.255',
  '172.32.0.0',
  '100.63.255.255',
  '100.128.0.0',
  '169.253.255.255',
  '192.167.255.255',
  '126.255.255.255',
  '128.0.0.0',
  '223.255.255.255',
  '[2606:4700:4700::1111]',
  '[2a00:1450:4001:82b::200e]',
  '[64:ff9b::808:808]', // NAT64 of 8.8.8.8
  '[2002:808:808::1]', // 6to4 of 8.8.8.8
  'example.org',
  'hooks.crm.example.com',
];

describe('webhook target policy: the URL as registered', () => {
  it.each(BLOCKED_URL_HOSTS)('refuses http://%s (%s)', (host, reason) => {
    for (const scheme of ['http', 'https']) {
      const verdict = checkWebhookUrl(`${scheme}://${host}:3001/hooks`, noAllowList);
      expect(verdict).toEqual({ ok: false, reason: expect.stringMatching(reason) as string });
    }
  });

  it.each(PUBLIC_HOSTS)('accepts http://%s', (host) => {
    expect(checkWebhookUrl(`https://${host}/hooks`, noAllowList).ok).toBe(true);
  });

  it.each([
    ['http://user:pass@example.org/hooks', /credentials/],
    ['http://user@example.org/hooks', /credentials/],
    ['https://:secret@example.org/hooks', /credentials/],
    ['ftp://example.org/hooks', /http or https/],
    ['file:///etc/passwd', /http or https/],
    ['gopher://127.0.0.1:6379/_', /http or https/],
    ['javascript:alert(1)', /http or https/],
    ['not a url', /absolute http\(s\) URL/],
  ])('refuses %s', (url, reason) => {
    expect(checkWebhookUrl(url, noAllowList)).toEqual({ ok: false, reason: expect.stringMatching(reason) as string });
  });

  it('lets allow-listed hosts through, and only those (spelling of an IPv4 literal does not matter)', () => {
    const allowed = allowedHostSet(['127.0.0.1', 'LocalHost', '[::1]']);
    for (const url of ['http://127.0.0.1:3001/x', 'http://0x7f000001:3001/x', 'http://127.1/x', 'http://localhost:9/x', 'http://[::1]:9/x']) {
      expect(checkWebhookUrl(url, allowed).ok).toBe(true);
    }
    for (const url of ['http://127.0.0.2/x', 'http://10.0.0.1/x', 'http://[::ffff:127.0.0.1]/x', 'http://169.254.169.254/x']) {
      expect(checkWebhookUrl(url, allowed).ok).toBe(false);
    }
    // Credentials and schemes are refused even for an allow-listed host.
    expect(checkWebhookUrl('http://u:p@127.0.0.1/x', allowed).ok).toBe(false);
    expect(checkWebhookUrl('ftp://127.0.0.1/x', allowed).ok).toBe(false);
  });

  it('hands the delivery the literal address in canonical form, so no lookup is made for it', () => {
    const verdict = checkWebhookUrl('https://[2606:4700:4700::1111]:8443/x', noAllowList);
    expect(verdict.ok && verdict.checked).toMatchObject({ hostname: '2606:4700:4700::1111', literalAddress: '2606:4700:4700::1111', allowListed: false });
    const named = checkWebhookUrl('https://Hooks.Example.org/x', noAllowList);
    expect(named.ok && named.checked).toMatchObject({ hostname: 'hooks.example.org', literalAddress: null });
  });
});

describe('webhook target policy: the addresses a name resolved to (checked before every delivery)', () => {
  // What resolvers answer: canonical text. Each blocked host above, as the address it denotes.
  const RESOLVED_BLOCKED: readonly string[] = [
    '127.0.0.1', '127.0.0.2', '0.0.0.0', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1',
    '224.0.0.251', '255.255.255.255', '240.0.0.1', '192.0.2.1', '198.18.0.1',
    '::1', '::', '::ffff:127.0.0.1', '::ffff:7f00:1', '::127.0.0.1', '64:ff9b::7f00:1', '64:ff9b::a00:1',
    'fc00::1', 'fd00::1', 'fe80::1', 'fe80::1%eth0', 'ff02::1', '2001:db8::1', '2002:a00:1::1',
  ];

  it.each(RESOLVED_BLOCKED)('refuses a name resolving to %s', (address) => {
    expect(checkResolvedAddresses('hooks.example.org', [address])).toEqual({
      ok: false,
      reason: expect.stringContaining(`hooks.example.org resolves to ${address}`) as string,
    });
  });

  it('refuses a name when any one of its addresses is internal, and pins the first when all are public', () => {
    expect(checkResolvedAddresses('mixed.example.org', ['93.184.216.34', '127.0.0.1']).ok).toBe(false);
    expect(checkResolvedAddresses('mixed.example.org', ['127.0.0.1', '93.184.216.34']).ok).toBe(false);
    expect(checkResolvedAddresses('ok.example.org', ['93.184.216.34', '2606:4700::1'])).toEqual({ ok: true, address: '93.184.216.34' });
    expect(checkResolvedAddresses('none.example.org', []).ok).toBe(false);
  });
});

describe('address parsing', () => {
  it('reads every inet_aton spelling of IPv4', () => {
    const loopback = 0x7f000001;
    for (const text of ['127.0.0.1', '2130706433', '0x7f000001', '0X7F000001', '0177.0.0.1', '0x7f.0.0.1', '127.1', '127.0.1', '017700000001', '127.0.0.1.']) {
      expect(ipv4ToNumber(text)).toBe(loopback);
    }
    for (const text of ['256.0.0.1', '1.2.3.4.5', '4294967296', '08.0.0.1', 'example', '', '1..2', '0x1g']) expect(ipv4ToNumber(text)).toBeNull();
  });

  it('expands IPv6 text to eight groups, with brackets, zone ids and IPv4 tails', () => {
    expect(parseIpv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('[::ffff:127.0.0.1]')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
    expect(parseIpv6('fe80::1%eth0')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIpv6('1:2:3:4:5:6:1.2.3.4')).toEqual([1, 2, 3, 4, 5, 6, 0x102, 0x304]);
    expect(parseIpv6('127.0.0.1')).toBeNull();
    expect(parseIpv6('1:::2')).toBeNull();
  });

  it('names what is not an address', () => {
    expect(blockedAddressReason('example.org')).toBe('not an IP address');
  });
});
