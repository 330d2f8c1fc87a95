import { Badge, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime, type AppLocale } from '../../lib/format';
import type { NotificationsQuery } from '../../gql/graphql';

export type NotificationRow = NonNullable<
  NonNullable<NonNullable<NotificationsQuery['notifications']['edges']>[number]>['node']
>;

/** One notification, in the UI language (both are sent, so a switch needs no reload). */
export function NotificationItem({ n }: { n: NotificationRow }) {
  const { i18n } = useTranslation();
  const locale = (i18n.language === 'en' ? 'en' : 'zh-CN') as AppLocale;
  const en = locale === 'en';
  return (
    <div className="notification-item" data-unread={n.readAt ? 'false' : 'true'}>
      <div>
        {n.readAt ? null : <Badge status="processing" style={{ marginRight: 6 }} />}
        <Typography.Text strong={!n.readAt}>{en ? n.titleEn : n.titleZh}</Typography.Text>
      </div>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {en ? n.bodyEn : n.bodyZh}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDateTime(n.createdAt as string, locale)}
      </Typography.Text>
    </div>
  );
}
