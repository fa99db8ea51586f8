import { decodeKeysetCursor, DEFAULT_PAGE_SIZE, toKeysetPage, type KeysetPage, type Principal } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import { listScope } from './domain/consortium-access';
import { consortiumStatistics, yearBounds, type ConsortiumStatistics } from './domain/consortium-statistics';
import { toRegisterEntry, type OutcomeRegisterEntry } from './domain/outcome-register';
import type { OutcomeRegisterQuery } from './http/outcome-register.query';
import { ConsortiumRepository } from './persistence/consortium.repository';

/**
 * The outcome register and the yearly figures, computed on request: the network submits tens of
 * applications a year, too few to justify maintained counters that would need atomic updates.
 */
@Injectable()
export class ConsortiumReportsService {
  constructor(private readonly consortia: ConsortiumRepository) {}

  /** One page of the year's outcomes the caller may see (same scope as GET /consortia), in the order recorded. */
  async outcomes(principal: Principal, query: OutcomeRegisterQuery): Promise<{ year: number } & KeysetPage<OutcomeRegisterEntry>> {
    const { start, end } = yearBounds(query.year);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.consortia.outcomesBetween(listScope(principal), start, end, limit, decodeKeysetCursor(query.cursor));
    const page = toKeysetPage(rows.map(toRegisterEntry), limit, (entry) => ({ key: entry.outcomeAt, id: entry.consortiumId }));
    return { year: query.year, ...page };
  }

  /** Counts and sums only, no consortium details: the network reports them openly. */
  async statistics(year: number): Promise<ConsortiumStatistics> {
    const { start, end } = yearBounds(year);
    return consortiumStatistics(year, await this.consortia.submittedBetween(start, end));
  }
}
