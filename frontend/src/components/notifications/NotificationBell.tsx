import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Badge, Button, List, Popover, Space, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { NotificationsDocument } from './notificationApi';
import { NotificationItem } from './NotificationItem';
import { useMarkRead } from './useMarkRead';
import { useUnreadCount } from './useUnreadCount';

/** How many of the latest notifications the bell's list shows. */
const LATEST = 8;

/**
 * The header's bell: the unread count as a badge (polled, see
 * useUnreadCount) and, when opened, the latest notifications; opening one
 * marks it read and goes to its record.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { count, refresh } = useUnreadCount();
  const context = useMemo(() => ({ additionalTypenames: ['Notification'] }), []);
  const [list, reexecuteList] = useQuery({
    query: NotificationsDocument,
    variables: { first: LATEST },
    pause: !open,
    requestPolicy: 'network-only',
    context,
  });
  const after = useCallback(() => {
    refresh();
    reexecuteList({ requestPolicy: 'network-only' });
  }, [refresh, reexecuteList]);
  const { open: openOne, markAll } = useMarkRead(after);
  const rows = (list.data?.notifications.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

  const content = (
    <div className="notification-panel" data-testid="notification-panel">
      <List
        size="small"
        loading={list.fetching && !list.data}
        dataSource={rows}
        locale={{ emptyText: t('notifications.empty') }}
        renderItem={(n) => (
          <List.Item
            key={n.id}
            data-testid="notification-item"
            style={{ cursor: 'pointer' }}
            onClick={() => {
              setOpen(false);
              void openOne(n);
            }}
          >
            <NotificationItem n={n} />
          </List.Item>
        )}
      />
      <Space style={{ justifyContent: 'space-between', width: '100%', marginTop: 8 }}>
        <Button size="small" type="link" disabled={count === 0} onClick={() => void markAll()} data-testid="notifications-mark-all">
          {t('notifications.markAllRead')}
        </Button>
        <Link to="/notifications" onClick={() => setOpen(false)} data-testid="notifications-view-all">
          {t('notifications.viewAll')}
        </Link>
      </Space>
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={<Typography.Text strong>{t('notifications.title')}</Typography.Text>}
      content={content}
    >
      <Button
        type="text"
        aria-label={t('notifications.bell', { count })}
        data-testid="notification-bell"
        data-unread={count}
      >
        <Badge count={count} size="small" overflowCount={99}>
          <BellOutlined aria-hidden style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
