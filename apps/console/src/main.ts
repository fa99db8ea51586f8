import 'reflect-metadata';
import { createLogger, loadConfig } from '@icn/platform';
import { ConsoleConfig } from './console.config';
import { createConsoleServer } from './console-server';

const config = loadConfig(ConsoleConfig);
const logger = createLogger('console', config.LOG_LEVEL);
const server = createConsoleServer(config, logger);
// SSE streams stay open for hours; Node's default request timeout would cut them at 5 minutes.
server.requestTimeout = 0;
server.listen(config.PORT, () => logger.info({ port: config.PORT, url: config.CONSOLE_PUBLIC_URL }, 'console listening'));

function shutdown(signal: string): void {
  logger.info({ signal }, 'console stopping');
  server.close(() => process.exit(0));
  server.closeAllConnections(); // open event streams would keep close() waiting forever
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
