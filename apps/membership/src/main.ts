import './tracing';
import 'reflect-metadata';
import { bootstrapService } from '@icn/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule, {
  serviceName: 'membership',
  openApi: {
    title: 'ICN Membership',
    description:
      'Clusters of the International Cleantech Network and their member organisations (triple helix: companies, ' +
      'public authorities, research institutions). Every change is published as a CloudEvent on Kafka; see GET /asyncapi.json.',
  },
});
