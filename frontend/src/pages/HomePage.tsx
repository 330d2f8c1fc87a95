import { Card, Result, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/AuthProvider';
import { isRole } from '../auth/permissions';

/** Landing page for users whose roles have no registry screen (yet). */
export default function HomePage() {
  const { t } = useTranslation();
  const { user, roles } = useMe();
  const known = roles.filter(isRole);
  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('home.welcome', { name: user.displayName })}
      </Typography.Title>
      <Card>
        {known.length === 0 ? (
          <Result status="info" title={t('home.noRoles')} />
        ) : (
          <Space wrap>
            <Typography.Text>{t('users.roles')}:</Typography.Text>
            {known.map((r) => (
              <Tag key={r} color="blue">
                {t(`users.role.${r}`)}
              </Tag>
            ))}
          </Space>
        )}
      </Card>
    </div>
  );
}
