import { useEffect, useLayoutEffect, useRef, useState } from 'react';

export type AsyncState<T> = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'done'; data: T };

/**
 * Loads data for a page, and again when `key` changes (say, the search filters serialised) or
 * `reload()` is called. The previous data stays on screen until the new answer arrives, and an
 * answer that arrives after a newer request started is dropped, so a fast typist never sees stale
 * results.
 */
export function useAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> & { reload: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const latestLoad = useRef(load);
  useLayoutEffect(() => {
    latestLoad.current = load;
  });
  useEffect(() => {
    let current = true;
    latestLoad.current().then(
      (data) => current && setState({ status: 'done', data }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [key, generation]);
  return { ...state, reload: () => setGeneration((value) => value + 1) };
}
