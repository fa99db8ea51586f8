import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ApiError, expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { NOTIFICATION_KINDS, parseNotification, type FeedNotification } from './feed-notification';

export type StreamStatus = 'connecting' | 'connected' | 'reconnecting' | 'stopped';

/** How long to gather a burst of events (a replay) into one render; far below the 1 s a live item may take. */
const BATCH_MS = 25;
const FIRST_RETRY_MS = 1_000;
// Short enough that a feed is live again within seconds of the platform coming back; one small GET per try.
const MAX_RETRY_MS = 10_000;
/** Answers that another attempt cannot change: signed out, no longer allowed, subscription deleted. */
const FINAL_STATUSES = new Set([401, 403, 404]);

export interface SubscriptionStream {
  status: StreamStatus;
  /** Why the stream stopped (the service's answer), when it did. */
  error: unknown;
  /** Starts again after a stop, from the last notification received. */
  reconnect: () => void;
}

/**
 * The subscription's Server-Sent Events, through the console's own origin (the session cookie goes
 * along; the console server adds the token). The browser's EventSource reconnects by itself after
 * a dropped connection and sends Last-Event-ID, so the service replays exactly what was missed.
 * When the browser gives up instead (an answer other than the stream: the service restarting
 * behind the console answers 502), this hook asks the service why: a final answer stops with its
 * reason, anything else is retried with backoff, resuming with `?lastEventId=` from the newest
 * notification received — a new EventSource cannot send the header on its first request.
 */
export function useSubscriptionStream(subscriptionId: string, onNotifications: (batch: FeedNotification[]) => void): SubscriptionStream {
  const [state, setState] = useState<{ status: StreamStatus; error: unknown }>({ status: 'connecting', error: undefined });
  const [generation, setGeneration] = useState(0);
  // The newest position received, kept across restarts of the effect (a reconnect after a stop resumes from it).
  const lastSeq = useRef(0);
  const deliver = useRef(onNotifications);
  useLayoutEffect(() => {
    deliver.current = onNotifications;
  });

  useEffect(() => {
    let source: EventSource | undefined;
    let stopped = false;
    let retryMs = FIRST_RETRY_MS;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let batchTimer: ReturnType<typeof setTimeout> | undefined;
    let batch: FeedNotification[] = [];

    const flush = () => {
      batchTimer = undefined;
      const notifications = batch;
      batch = [];
      if (!stopped && notifications.length > 0) deliver.current(notifications);
    };
    const onEvent = (event: MessageEvent<string>) => {
      const notification = parseNotification(event.data);
      if (notification === undefined) return;
      lastSeq.current = Math.max(lastSeq.current, notification.seq);
      batch.push(notification);
      batchTimer ??= setTimeout(flush, BATCH_MS);
    };
    const retryOrStop = async () => {
      try {
        await expectOk(api.opportunities.GET('/subscriptions/{subscriptionId}', { params: { path: { subscriptionId } } }));
      } catch (error) {
        if (error instanceof ApiError && FINAL_STATUSES.has(error.status)) {
          if (!stopped) setState({ status: 'stopped', error });
          return;
        }
      }
      if (stopped) return;
      retryTimer = setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    };
    const connect = () => {
      const resume = lastSeq.current > 0 ? `?lastEventId=${lastSeq.current}` : '';
      const current = new EventSource(`/api/opportunities/subscriptions/${encodeURIComponent(subscriptionId)}/stream${resume}`);
      source = current;
      current.onopen = () => {
        retryMs = FIRST_RETRY_MS;
        setState({ status: 'connected', error: undefined });
      };
      current.onerror = () => {
        if (stopped) return;
        setState({ status: 'reconnecting', error: undefined });
        // CONNECTING: the browser reconnects by itself. CLOSED: it gave up; this hook decides.
        if (current.readyState === EventSource.CLOSED) {
          current.close();
          void retryOrStop();
        }
      };
      for (const kind of NOTIFICATION_KINDS) current.addEventListener(kind, onEvent);
    };

    connect();
    return () => {
      stopped = true;
      source?.close();
      clearTimeout(retryTimer);
      clearTimeout(batchTimer);
    };
  }, [subscriptionId, generation]);

  return {
    ...state,
    reconnect: () => {
      setState({ status: 'connecting', error: undefined });
      setGeneration((value) => value + 1);
    },
  };
}
