/**
 * The slice of a pino logger messaging needs. A pino.Logger (the platform's LOGGER) satisfies it,
 * so services inject theirs; tests may pass nothing.
 */
export type LogFn = (obj: object, msg?: string) => void;

export interface MessagingLogger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

const noop: LogFn = () => undefined;

export const SILENT_LOGGER: MessagingLogger = { debug: noop, info: noop, warn: noop, error: noop };

/** Turns an unknown thrown value into something a JSON log line can carry. */
export function errorDetails(error: unknown): { message: string; name?: string; stack?: string } {
  if (error instanceof Error) {
    return { message: error.message, name: error.name, stack: error.stack };
  }
  return { message: String(error) };
}
