import { Inject, Injectable } from '@nestjs/common';
import { isIP } from 'node:net';
import { DELIVERY_CONFIG, type DeliveryConfig } from '../../notifications/delivery.config';
import { HOST_RESOLVER, type HostResolver } from './host-resolver';
import { allowedHostSet, checkResolvedAddresses, checkWebhookUrl } from './webhook-url-policy';

/** Where one delivery connects: the URL (Host header, TLS name) and the checked address to dial. */
export interface PinnedTarget {
  url: URL;
  address: string;
  family: 4 | 6;
}

export type TargetDecision =
  | { kind: 'allowed'; target: PinnedTarget }
  /** The rule forbids this target: never connected to. */
  | { kind: 'refused'; reason: string }
  /** The name did not resolve (now): an ordinary failed attempt. */
  | { kind: 'unresolved'; reason: string };

/**
 * Decides whether a webhook URL may be called, on registration and again before every attempt,
 * because what a name resolves to can change between the two (DNS rebinding). The address checked
 * is the address returned for the connection, so a second lookup cannot slip another one in.
 */
@Injectable()
export class WebhookTargetGuard {
  private readonly allowedHosts: ReadonlySet<string>;

  constructor(
    @Inject(DELIVERY_CONFIG) private readonly config: DeliveryConfig,
    @Inject(HOST_RESOLVER) private readonly resolver: HostResolver,
  ) {
    this.allowedHosts = allowedHostSet(config.WEBHOOK_ALLOWED_HOSTS);
  }

  /**
   * Why a subscriber may not register this URL, or null. A name that does not resolve yet is
   * accepted: the check before each delivery is the one that guards the connection.
   */
  async registrationProblem(rawUrl: string): Promise<string | null> {
    const decision = await this.decide(rawUrl);
    return decision.kind === 'refused' ? decision.reason : null;
  }

  async decide(rawUrl: string): Promise<TargetDecision> {
    const verdict = checkWebhookUrl(rawUrl, this.allowedHosts);
    if (!verdict.ok) return { kind: 'refused', reason: verdict.reason };
    const { url, hostname, literalAddress, allowListed } = verdict.checked;
    if (literalAddress !== null) return { kind: 'allowed', target: { url, address: literalAddress, family: isIP(literalAddress) === 6 ? 6 : 4 } };

    let resolved;
    try {
      resolved = await this.withTimeout(this.resolver.resolve(hostname));
    } catch (error) {
      const code = (error as { code?: string }).code;
      return { kind: 'unresolved', reason: `DNS lookup of ${hostname} failed: ${code ?? (error instanceof Error ? error.message : 'unknown error')}` };
    }
    if (allowListed) {
      const [first] = resolved;
      return first ? { kind: 'allowed', target: { url, address: first.address, family: first.family } } : { kind: 'unresolved', reason: `${hostname} resolves to no address` };
    }
    const addresses = checkResolvedAddresses(
      hostname,
      resolved.map((answer) => answer.address),
    );
    if (!addresses.ok) return { kind: 'refused', reason: addresses.reason };
    return { kind: 'allowed', target: { url, address: addresses.address, family: isIP(addresses.address) === 6 ? 6 : 4 } };
  }

  /** A resolver that never answers must not hold a registration or a delivery slot for ever. */
  private withTimeout<T>(promise: Promise<T>): Promise<T> {
    const timeoutMs = this.config.WEBHOOK_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { code: `ETIMEOUT after ${timeoutMs} ms` })), timeoutMs);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }
}
