import { createHash } from 'node:crypto';

/**
 * Stable feed ids (RFC 4287 4.2.6): name-based UUIDs (RFC 9562 version 5) of the feed's scope, so
 * an id never changes when the service moves to another host name, and every page of one feed
 * carries the same id.
 */
const FEED_NAMESPACE = '6f1b0c52-4a0e-4f43-9a55-1c3b0d2e7a90';

export type FeedScope = { kind: 'network' } | { kind: 'cluster'; clusterId: string };

export function feedIdOf(scope: FeedScope): string {
  const name = scope.kind === 'network' ? 'icn:opportunities:network' : `icn:opportunities:cluster:${scope.clusterId}`;
  return `urn:uuid:${uuidV5(name, FEED_NAMESPACE)}`;
}

export function entryIdOf(opportunityId: string): string {
  return `urn:uuid:${opportunityId.toLowerCase()}`;
}

function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
