import { isNetworkAdmin, type Principal } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import { annualReport, type AnnualReport } from './domain/annual-figures';
import { AnnualReportFacts } from './persistence/annual-report-facts.repository';

/** A year's report from the read model's facts, cut to what the caller may see. */
@Injectable()
export class AnnualReportService {
  constructor(private readonly facts: AnnualReportFacts) {}

  async reportFor(principal: Principal, year: number): Promise<AnnualReport> {
    const report = annualReport(year, await this.facts.all());
    // The secretariat and integrators (analytics feeds) see every cluster; a cluster's people see
    // the network's totals and their own cluster's figures, as in the directory.
    if (isNetworkAdmin(principal) || principal.role === 'integrator') return report;
    return { ...report, clusters: report.clusters.filter((cluster) => cluster.clusterId === principal.clusterId) };
  }
}
