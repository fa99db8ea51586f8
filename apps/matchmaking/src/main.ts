import './tracing';
import 'reflect-metadata';
import { bootstrapService } from '@icn/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule, {
  serviceName: 'matchmaking',
  openApi: {
    title: 'ICN Matchmaking',
    description: 'Directory of clusters and member organisations, kept up to date from membership events.',
  },
});
