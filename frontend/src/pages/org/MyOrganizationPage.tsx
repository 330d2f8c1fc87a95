import { Link } from 'react-router-dom';
import { Card, List, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/AuthProvider';
import { OrganizationDetail } from './OrganizationDetail';

export default function MyOrganizationPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const orgs = (user.memberships ?? []).map((m) => m.organization);

  if (orgs.length === 0) {
    return <Result status="info" title={t('myOrg.none')} subTitle={t('myOrg.noneHint')} data-testid="my-org-none" />;
  }
  if (orgs.length === 1) {
    return <OrganizationDetail id={orgs[0].id} canEdit withMembers />;
  }
  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('myOrg.title')}
      </Typography.Title>
      <Card>
        <List
          dataSource={orgs}
          renderItem={(o) => (
            <List.Item>
              <Link to={`/organizations/${o.id}`}>{o.name}</Link>
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
