import type { Principal } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import { listScope } from './domain/consortium-access';
import { consortiumStatistics, yearBounds, type ConsortiumStatistics } from './domain/consortium-statistics';
import { toRegisterEntry, type OutcomeRegisterEntry } from './domain/outcome-register';
import { ConsortiumRepository } from './persistence/consortium.repository';

/**
 * The outcome register and the yearly figures, computed on request: the network submits tens of
 * applications a year, too few to justify maintained counters that would need atomic updates.
 */
@Injectable()
export class ConsortiumReportsService {
  constructor(private readonly consortia: ConsortiumRepository) {}

  /** The year's outcomes the caller may see (same scope as GET /consortia). */
  async outcomes(principal: Principal, year: number): Promise<{ year: number; items: OutcomeRegisterEntry[] }> {
    const { start, end } = yearBounds(year);
    const rows = await this.consortia.outcomesBetween(listScope(principal), start, end);
    return { year, items: rows.map(toRegisterEntry) };
  }

  /** Counts and sums only, no consortium details: the network reports them openly. */
  async statistics(year: number): Promise<ConsortiumStatistics> {
    const { start, end } = yearBounds(year);
    return consortiumStatistics(year, await this.consortia.submittedBetween(start, end));
  }
}
