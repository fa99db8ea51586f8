import { randomUUID } from 'node:crypto';
import { buildEvent, type Aggregate, type Decide } from '@icn/messaging';
import { PartnerSuggestionsProposed, type CloudEvent, type PartnerSuggestionsProposedV1 } from '@icn/contracts';
import type { Logger } from 'pino';
import { aConsortium, NOW } from '../../consortia/testing/consortium.fixtures';
import { requestPartnerSearch, type PartnerSearchState } from '../domain/partner-search';
import { PartnerProposalHandlers } from './partner-proposal.handlers';

/** One search in memory, upserted the way the write path does it (decide on the current state, or null). */
class StoredSearches {
  readonly committed: PartnerSearchState[] = [];

  constructor(private current: PartnerSearchState | null) {}

  async upsert(_id: string, decide: Decide<PartnerSearchState, PartnerSearchState | null>): Promise<PartnerSearchState | null> {
    const change = await decide(this.current);
    if (change === null || change === undefined) return this.current;
    this.current = change.state;
    this.committed.push(change.state);
    return this.current;
  }
}

function proposalFor(search: PartnerSearchState, overrides: Partial<PartnerSuggestionsProposedV1> = {}): CloudEvent<PartnerSuggestionsProposedV1> {
  const data: PartnerSuggestionsProposedV1 = { requestId: search.requestId, consortiumId: search.consortiumId, candidates: [], limit: 20, causedByEventId: randomUUID(), ...overrides };
  return buildEvent(PartnerSuggestionsProposed, { subject: search.requestId, sequence: 1, data, source: '/icn/matchmaking' });
}

describe('PartnerProposalHandlers', () => {
  const search = requestPartnerSearch(aConsortium(), { requestId: randomUUID(), requestedBy: 'lead', overrides: {} }, NOW).state;
  const logger = { info: jest.fn(), debug: jest.fn(), warn: jest.fn() };
  const handlersOn = (searches: StoredSearches) => new PartnerProposalHandlers(searches as unknown as Aggregate<PartnerSearchState>, logger as unknown as Logger);

  beforeEach(() => jest.clearAllMocks());

  it('stores the first answer as the search’s next version, and nothing for a redelivery', async () => {
    const searches = new StoredSearches(search);
    const answer = proposalFor(search);
    await handlersOn(searches).store(answer);
    await handlersOn(searches).store(proposalFor(search));
    expect(searches.committed).toEqual([expect.objectContaining({ status: 'proposed', proposalEventId: answer.id, version: 2 })]);
    expect(logger.info).toHaveBeenCalledWith(expect.objectContaining({ eventId: answer.id }), 'partner proposal stored');
    expect(logger.debug).toHaveBeenCalledWith(expect.anything(), 'partner proposal already stored');
  });

  it('skips a proposal naming another consortium than its search', async () => {
    const searches = new StoredSearches(search);
    await handlersOn(searches).store(proposalFor(search, { consortiumId: randomUUID() }));
    expect(searches.committed).toEqual([]);
    expect(logger.warn).toHaveBeenCalledWith(expect.anything(), 'partner proposal names another consortium than its search; skipped');
  });

  it('skips, without failing the message, a proposal for a search this database does not hold', async () => {
    const searches = new StoredSearches(null);
    await expect(handlersOn(searches).store(proposalFor(search))).resolves.toBeUndefined();
    expect(searches.committed).toEqual([]);
    expect(logger.debug).toHaveBeenCalledWith(expect.anything(), 'partner proposal for a search this service does not hold; skipped');
  });
});
