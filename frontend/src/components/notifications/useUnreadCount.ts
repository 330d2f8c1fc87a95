import { useCallback, useEffect, useMemo } from 'react';
import { useQuery } from 'urql';
import { UnreadNotificationCountDocument } from './notificationApi';

/**
 * How often the bell asks for the unread count. One poll costs the server
 * four SQL statements (three for the session, one indexed COUNT) and about
 * 2.5 ms over HTTP on SQLite or PostgreSQL (TestUnreadCountPollCost measures
 * both); every 30 s per open tab, a county's few hundred staff and applicants
 * make a few requests a second at most.
 */
export const POLL_MS = 30_000;

/**
 * The viewer's unread notification count, polled every POLL_MS while the
 * tab is visible (a hidden tab asks nothing) and at once when it comes back.
 * refresh asks again now (after marking read).
 */
export function useUnreadCount(): { count: number; refresh: () => void } {
  // Marking one read returns a Notification: urql then refetches this.
  const context = useMemo(() => ({ additionalTypenames: ['Notification'] }), []);
  const [res, reexecute] = useQuery({ query: UnreadNotificationCountDocument, context });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  useEffect(() => {
    const tick = () => {
      if (document.visibilityState !== 'hidden') refresh();
    };
    const timer = window.setInterval(tick, POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  return { count: res.data?.unreadNotificationCount ?? 0, refresh };
}
