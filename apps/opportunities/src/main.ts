import './tracing';
import 'reflect-metadata';
import { bootstrapService } from '@icn/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule, {
  serviceName: 'opportunities',
  openApi: {
    title: 'ICN Opportunities',
    description:
      'Tenders, project challenges, funding calls, partner searches, market leads and events shared across the ' +
      'International Cleantech Network. Drafts are private to their cluster; every published change is a CloudEvent ' +
      'on Kafka (icn.opportunities.opportunity.v1); see GET /asyncapi.json.',
  },
});
