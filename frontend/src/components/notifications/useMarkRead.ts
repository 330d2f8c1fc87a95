import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { App as AntApp } from 'antd';
import { useMutation } from 'urql';
import { firstApiError } from '../../lib/errors';
import { useErrorText } from '../States';
import { MarkAllNotificationsReadDocument, MarkNotificationReadDocument } from './notificationApi';
import type { NotificationRow } from './NotificationItem';

/**
 * open marks a notification read and goes to its record; markAll marks
 * every one read. after runs once the server has answered (to refresh).
 * A refusal is said, not swallowed: the badge would otherwise just stay.
 */
export function useMarkRead(after: () => void) {
  const navigate = useNavigate();
  const errorText = useErrorText();
  const { message } = AntApp.useApp();
  const [, markOne] = useMutation(MarkNotificationReadDocument);
  const [, markAllMutation] = useMutation(MarkAllNotificationsReadDocument);
  const open = useCallback(
    async (n: NotificationRow) => {
      if (!n.readAt) {
        const r = await markOne({ id: n.id });
        if (r.error) message.error(errorText(firstApiError(r.error)));
        after();
      }
      if (n.path) navigate(n.path);
    },
    [markOne, navigate, after, message, errorText],
  );
  const markAll = useCallback(async () => {
    const r = await markAllMutation({}, { additionalTypenames: ['Notification'] });
    if (r.error) message.error(errorText(firstApiError(r.error)));
    after();
  }, [markAllMutation, after, message, errorText]);
  return { open, markAll };
}
