/**
 * The demo OpenID Connect provider of the local platform and the tests (ADR 13). Not a platform
 * service: no Kafka, no database; deployments point the services at their own identity provider.
 *
 *   node -r ./scripts/register-paths.js dist/out-tsc/apps/demo-identity/src/main.js   (after npm run build)
 */
import { ConfigValidationError, createLogger, loadConfig } from '@icn/platform';
import { DemoIdentityConfig } from './demo-identity.config';
import { startDemoIdentity } from './demo-identity-server';

async function main(): Promise<void> {
  let config: DemoIdentityConfig;
  try {
    config = loadConfig(DemoIdentityConfig);
  } catch (error: unknown) {
    if (!(error instanceof ConfigValidationError)) throw error;
    console.error(`demo-identity failed to start: ${error.message}`);
    process.exit(1);
  }
  const logger = createLogger('demo-identity', config.LOG_LEVEL);
  const running = await startDemoIdentity(config, logger);
  const stop = (signal: string) => {
    logger.info({ signal }, 'stopping');
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(`demo-identity failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
