import { Module } from '@nestjs/common';
import { AnnualReportService } from './annual-report.service';
import { annualReportConsumerGroup } from './consumer/annual-report.consumer';
import { AnnualReportEventHandlers } from './consumer/annual-report-event.handlers';
import { AnnualReportController } from './http/annual-report.controller';
import { AnnualReportFacts } from './persistence/annual-report-facts.repository';

/** The annual report: its read model (own consumer group over every service's topics), JSON and printable HTML. */
@Module({
  controllers: [AnnualReportEventHandlers, AnnualReportController],
  providers: [AnnualReportFacts, annualReportConsumerGroup, AnnualReportService],
})
export class AnnualReportModule {}
