import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { MarkAllNotificationsReadDocument, MarkNotificationReadDocument } from './notificationApi';
import type { NotificationRow } from './NotificationItem';

/**
 * open marks a notification read and goes to its record; markAll marks
 * every one read. after runs once the server has answered (to refresh).
 */
export function useMarkRead(after: () => void) {
  const navigate = useNavigate();
  const [, markOne] = useMutation(MarkNotificationReadDocument);
  const [, markAllMutation] = useMutation(MarkAllNotificationsReadDocument);
  const open = useCallback(
    async (n: NotificationRow) => {
      if (!n.readAt) {
        await markOne({ id: n.id });
        after();
      }
      if (n.path) navigate(n.path);
    },
    [markOne, navigate, after],
  );
  const markAll = useCallback(async () => {
    await markAllMutation({}, { additionalTypenames: ['Notification'] });
    after();
  }, [markAllMutation, after]);
  return { open, markAll };
}
