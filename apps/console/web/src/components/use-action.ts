import { useCallback, useState } from 'react';

export type ActionResult<T> = { ok: true; value: T } | { ok: false };

export interface Action {
  /** Runs `perform`; while it runs `pending` is true, and if it throws, `error` holds why. */
  run: <T>(perform: () => Promise<T>) => Promise<ActionResult<T>>;
  pending: boolean;
  /** The last failure (an ApiError for a 400/403/409), for the form or button that caused it. */
  error: unknown;
  reset: () => void;
}

/**
 * One user action (submit a form, press a transition button): its pending state, so the button
 * can be disabled against double submits, and its error, shown next to the action that failed.
 */
export function useAction(): Action {
  const [state, setState] = useState<{ pending: boolean; error: unknown }>({ pending: false, error: undefined });
  const run = useCallback(async <T>(perform: () => Promise<T>): Promise<ActionResult<T>> => {
    setState({ pending: true, error: undefined });
    try {
      const value = await perform();
      setState({ pending: false, error: undefined });
      return { ok: true, value };
    } catch (error) {
      setState({ pending: false, error });
      return { ok: false };
    }
  }, []);
  const reset = useCallback(() => setState({ pending: false, error: undefined }), []);
  return { ...state, run, reset };
}
