import { Injectable } from '@nestjs/common';
import { passportStatistics, yearBounds, type PassportStatistics } from './domain/passport-statistics';
import { PassportApplicationRepository } from './persistence/passport-application.repository';

/**
 * The network's yearly Passport figures, computed on request: a year holds tens of applications
 * (15 in 2017), far too few to justify a maintained counter that would need atomic updates.
 */
@Injectable()
export class PassportStatisticsService {
  constructor(private readonly applications: PassportApplicationRepository) {}

  async forYear(year: number): Promise<PassportStatistics> {
    const { start, end } = yearBounds(year);
    return passportStatistics(year, await this.applications.submittedBetween(start, end));
  }
}
