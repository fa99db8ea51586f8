import './tracing';
import 'reflect-metadata';
import { bootstrapService } from '@icn/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule, {
  serviceName: 'consortia',
  openApi: {
    title: 'ICN Consortia',
    description: 'Project consortia: from a funding call to a granted project — formation, eligibility, application workspace, outcomes.',
  },
});
