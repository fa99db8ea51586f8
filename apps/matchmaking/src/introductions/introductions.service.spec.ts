import type { Principal } from '@icn/platform';
import type { Logger } from 'pino';
import type { Change, CommandOptions, Decide } from '@icn/messaging';
import { DomainConflictError } from '@icn/platform';
import type { DirectoryOrganisationDocument } from '../directory/persistence/directory-organisation.document';
import type { IntroductionState } from './domain/introduction';
import { declineIntroduction } from './domain/introduction-lifecycle';
import { pendingPairId } from './domain/pending-pair';
import { IntroductionsService } from './introductions.service';
import type { IntroductionRepository } from './persistence/introduction.repository';
import type { IntroductionAggregate } from './persistence/introduction.aggregate';
import type { PendingIntroductionPairRepository } from './persistence/pending-introduction-pair.repository';
import type { IntroductionOutcomeHistory } from './ranking/introduction-outcome-history';
import { aPendingIntroduction, NOW } from './testing/introduction.fixtures';
import type { DirectoryLookup } from '../directory/persistence/directory-lookup';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const organisation = (organisationId: string, clusterId: string, status: DirectoryOrganisationDocument['status'] = 'active') =>
  ({ _id: organisationId, organisationId, clusterId, name: `Org ${organisationId.slice(0, 4)}`, status }) as DirectoryOrganisationDocument;
const member: Principal = { kind: 'user', subject: 'member-a', role: 'member', clusterId: 'clean', organisationId: A };
const body = { requesterOrganisationId: A, targetOrganisationId: B, purpose: 'supplier' as const, message: 'Hello' };

/**
 * The service over in-memory fakes of its stores: enough to exercise the pending-pair guard. The
 * fake aggregate can lose its first commit, as a write path does when another writer claimed the
 * version first: it then calls `onCommitLost` and decides again, as WritePath does.
 */
function serviceWith(options: { target?: DirectoryOrganisationDocument; loseFirstCommit?: boolean; failCommit?: boolean } = {}) {
  const claims = new Map<string, { _id: string; introductionId: string; claimedAt: string }>();
  const stored = new Map<string, IntroductionState>();
  const lostCommits: Change<IntroductionState>[] = [];
  const directory = { findOrganisation: async (id: string) => (id === A ? organisation(A, 'clean') : id === B ? (options.target ?? organisation(B, 'tweed')) : null) };
  const pendingPairs = {
    tryClaim: async (pairId: string, introductionId: string, now: Date) => {
      if (claims.has(pairId)) return false;
      claims.set(pairId, { _id: pairId, introductionId, claimedAt: now.toISOString() });
      return true;
    },
    findClaim: async (pairId: string) => claims.get(pairId) ?? null,
    release: async (pairId: string, introductionId: string) => {
      if (claims.get(pairId)?.introductionId === introductionId) claims.delete(pairId);
    },
  };
  let loseNext = options.loseFirstCommit ?? false;
  const aggregate = {
    find: async (id: string) => stored.get(id) ?? null,
    upsert: async (id: string, decide: Decide<IntroductionState, IntroductionState | null>, commandOptions?: CommandOptions<IntroductionState>) => {
      for (;;) {
        const change = await decide(stored.get(id) ?? null);
        if (change === null || change === undefined) return stored.get(id) ?? null;
        if (options.failCommit) throw new Error(`store down while committing ${id}`);
        if (loseNext) {
          loseNext = false;
          lostCommits.push(change);
          await commandOptions?.onCommitLost?.(change);
          continue;
        }
        stored.set(id, change.state);
        return change.state;
      }
    },
  };
  const service = new IntroductionsService(
    {} as IntroductionRepository,
    aggregate as unknown as IntroductionAggregate,
    directory as unknown as DirectoryLookup,
    pendingPairs as unknown as PendingIntroductionPairRepository,
    {} as IntroductionOutcomeHistory,
    { warn: jest.fn() } as unknown as Logger,
  );
  return { service, claims, stored, lostCommits };
}

describe('IntroductionsService request guard', () => {
  it('refuses a second pending request for the same ordered pair with a 409 naming the open one', async () => {
    const { service } = serviceWith();
    const first = await service.request(member, body);
    const second = service.request(member, body);
    await expect(second).rejects.toThrow(/already has a pending introduction request .*introduction /);
    await expect(service.request(member, body)).rejects.toThrow(first.introductionId);
  });

  it('clears a claim left behind by a decided introduction (a lost release) and lets the request through', async () => {
    const { service, claims, stored } = serviceWith();
    const decided = declineIntroduction(aPendingIntroduction(), undefined, NOW).state;
    stored.set(decided.introductionId, decided);
    claims.set(pendingPairId(A, B), { _id: pendingPairId(A, B), introductionId: decided.introductionId, claimedAt: NOW.toISOString() });
    const created = await service.request(member, body);
    expect(created.status).toBe('pending');
    expect(claims.get(pendingPairId(A, B))?.introductionId).toBe(created.introductionId);
  });

  it('keeps a fresh claim whose introduction is still being written, but clears an old orphaned one', async () => {
    const { service, claims } = serviceWith();
    claims.set(pendingPairId(A, B), { _id: pendingPairId(A, B), introductionId: 'in-flight', claimedAt: new Date().toISOString() });
    await expect(service.request(member, body)).rejects.toThrow(DomainConflictError);
    claims.set(pendingPairId(A, B), { _id: pendingPairId(A, B), introductionId: 'crashed', claimedAt: new Date(Date.now() - 120_000).toISOString() });
    await expect(service.request(member, body)).resolves.toMatchObject({ status: 'pending' });
  });

  it('refuses a target that is not active with a 409 naming it, and claims nothing', async () => {
    const { service, claims } = serviceWith({ target: organisation(B, 'tweed', 'suspended') });
    await expect(service.request(member, body)).rejects.toThrow(`organisation ${B} is suspended`);
    expect(claims.size).toBe(0);
  });

  it('gives the pair back when its commit loses, claims it again when deciding again, and holds it once committed', async () => {
    const { service, claims, lostCommits } = serviceWith({ loseFirstCommit: true });
    const created = await service.request(member, body);
    expect(lostCommits).toHaveLength(1);
    expect(claims.get(pendingPairId(A, B))?.introductionId).toBe(created.introductionId);
  });

  it('releases its claim when the commit fails for another reason', async () => {
    const { service, claims } = serviceWith({ failCommit: true });
    await expect(service.request(member, body)).rejects.toThrow('store down');
    expect(claims.size).toBe(0);
  });
});
