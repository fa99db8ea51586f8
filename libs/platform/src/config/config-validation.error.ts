/** One environment variable that failed validation, and why. */
export interface ConfigIssue {
  readonly variable: string;
  readonly reason: string;
}

/**
 * Thrown by `loadConfig` when the environment is invalid. The message lists every bad variable at
 * once (not just the first) so an operator fixes the deployment in one round trip. Values are never
 * echoed: the variable may be a secret.
 */
export class ConfigValidationError extends Error {
  constructor(readonly issues: readonly ConfigIssue[]) {
    super(
      `Invalid configuration (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((issue) => `  - ${issue.variable}: ${issue.reason}`).join('\n'),
    );
    this.name = 'ConfigValidationError';
  }
}
