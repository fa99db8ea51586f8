import { BEARER_SCHEME, CurrentPrincipal, DomainValidationError, Roles, type Principal } from '@icn/platform';
import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AnnualReportService } from '../annual-report.service';
import { renderReportHtml } from '../domain/report-html';
import { AnnualReportResponse } from './annual-report.response';

/** The network's year in figures, from its own read model of every service's events. */
@ApiTags('annual-reports')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('annual-reports')
export class AnnualReportController {
  constructor(private readonly reports: AnnualReportService) {}

  @Get(':year')
  @Roles('network-admin', 'cluster-manager', 'member', 'integrator')
  @ApiOperation({ summary: 'A year’s figures: the network’s and each cluster’s (JSON)' })
  @ApiOkResponse({ type: AnnualReportResponse })
  get(@CurrentPrincipal() principal: Principal, @Param('year') year: string): Promise<AnnualReportResponse> {
    return this.reports.reportFor(principal, yearOf(year));
  }

  @Get(':year/report.html')
  @Roles('network-admin', 'cluster-manager', 'member', 'integrator')
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'The same report as a printable page with charts (inline SVG, no script)' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'text/html' })
  async html(@CurrentPrincipal() principal: Principal, @Param('year') year: string): Promise<string> {
    return renderReportHtml(await this.reports.reportFor(principal, yearOf(year)));
  }
}

function yearOf(text: string): number {
  if (!/^\d{4}$/.test(text) || Number(text) < 2000 || Number(text) > 2100) throw new DomainValidationError('year', 'must be a year from 2000 to 2100');
  return Number(text);
}
