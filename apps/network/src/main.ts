import './tracing';
import 'reflect-metadata';
import { bootstrapService } from '@icn/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule, {
  serviceName: 'network',
  openApi: {
    title: 'ICN Network',
    description: "The network's own activities: partner organisations and their programmes, applications through the network, network events, the annual report.",
  },
});
