import { useCallback, useMemo, useState } from 'react';
import { Button, Card, List, Segmented, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CursorPager, useCursorPaging } from '../../components/CursorPager';
import { ErrorState } from '../../components/States';
import { NotificationsDocument } from '../../components/notifications/notificationApi';
import { NotificationItem } from '../../components/notifications/NotificationItem';
import { useMarkRead } from '../../components/notifications/useMarkRead';

const PAGE = 20;

/** "消息通知": all the viewer's notifications, newest first, or the unread ones. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const paging = useCursorPaging(PAGE);
  const context = useMemo(() => ({ additionalTypenames: ['Notification'] }), []);
  const [res, reexecute] = useQuery({
    query: NotificationsDocument,
    variables: { ...paging.variables, unreadOnly },
    requestPolicy: 'cache-and-network',
    context,
  });
  const after = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const { open, markAll } = useMarkRead(after);
  const conn = res.data?.notifications;
  const rows = (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

  return (
    <>
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('notifications.title')}
        </Typography.Title>
      </div>
      <Card>
        <Space style={{ marginBottom: 16 }} wrap>
          <Segmented
            value={unreadOnly ? 'unread' : 'all'}
            options={[
              { value: 'all', label: t('notifications.all') },
              { value: 'unread', label: t('notifications.unread') },
            ]}
            onChange={(v) => {
              paging.reset();
              setUnreadOnly(v === 'unread');
            }}
          />
          <Button onClick={() => void markAll()} data-testid="notifications-page-mark-all">
            {t('notifications.markAllRead')}
          </Button>
        </Space>
        {res.error && !res.data ? (
          <ErrorState error={res.error} onRetry={after} />
        ) : (
          <List
            loading={res.fetching && !res.data}
            dataSource={rows}
            locale={{ emptyText: t('notifications.empty') }}
            renderItem={(n) => (
              <List.Item key={n.id} data-testid="notifications-page-item" style={{ cursor: 'pointer' }} onClick={() => void open(n)}>
                <NotificationItem n={n} />
              </List.Item>
            )}
          />
        )}
        <CursorPager paging={paging} pageInfo={conn?.pageInfo} total={t('common.total', { total: conn?.totalCount ?? 0 })} />
      </Card>
    </>
  );
}
