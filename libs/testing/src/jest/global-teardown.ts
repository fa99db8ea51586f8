/** Stops only what global-setup started (nothing when the endpoints came from the environment). */
export default async function globalTeardown(): Promise<void> {
  const environment = globalThis.__ICN_TEST_ENVIRONMENT__;
  globalThis.__ICN_TEST_ENVIRONMENT__ = undefined;
  await environment?.stop();
}
