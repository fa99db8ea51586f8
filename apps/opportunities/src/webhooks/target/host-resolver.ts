import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Name → addresses, once per delivery; the connection then goes to the address that was checked. */
export interface HostResolver {
  resolve(hostname: string): Promise<ResolvedAddress[]>;
}

export const HOST_RESOLVER = Symbol('HOST_RESOLVER');

/** The operating system's resolver (getaddrinfo: /etc/hosts, then DNS), as Node's own connect would use. */
export function systemHostResolver(): HostResolver {
  return {
    async resolve(hostname) {
      const answers = await dns.lookup(hostname, { all: true, verbatim: true });
      return answers.map((answer) => ({ address: answer.address, family: answer.family === 6 ? 6 : 4 }));
    },
  };
}

/** Asks the given DNS servers (`ip` or `ip:port`) for A and AAAA records, bypassing /etc/hosts. */
export function dnsServersHostResolver(servers: readonly string[], timeoutMs: number): HostResolver {
  const resolver = new dns.Resolver({ timeout: timeoutMs, tries: 1 });
  resolver.setServers([...servers]);
  return {
    async resolve(hostname) {
      const [v4, v6] = await Promise.allSettled([resolver.resolve4(hostname), resolver.resolve6(hostname)]);
      const addresses = [...(v4.status === 'fulfilled' ? v4.value : []), ...(v6.status === 'fulfilled' ? v6.value : [])];
      if (addresses.length === 0 && v4.status === 'rejected') throw v4.reason;
      return addresses.map((address) => ({ address, family: isIP(address) === 6 ? 6 : 4 }));
    },
  };
}
