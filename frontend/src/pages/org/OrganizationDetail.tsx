import { useNavigate } from 'react-router-dom';
import { Button, Card, Descriptions, Space, Tag, Tooltip, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../../components/States';
import { formatDate, formatDateTime } from '../../lib/format';
import { currentLanguage } from '../../i18n';
import { OrganizationDocument } from './OrganizationEditPage';
import { STATUS_COLOR } from './model';
import { MembersCard } from './MembersCard';
import { useMe } from '../../auth/AuthProvider';
import { documentAccess } from '../../auth/permissions';
import { DocumentsCard } from '../../components/documents/DocumentsCard';
import { OrganizationCasesCard } from '../casework/OrganizationCasesCard';

export function OrganizationDetail({
  id,
  canEdit,
  showBack,
  withMembers,
}: {
  id: string;
  canEdit: boolean;
  showBack?: boolean;
  /** Whether the viewer may read the member users (staff, or a member of this organisation). */
  withMembers: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const navigate = useNavigate();
  const { caps, user } = useMe();
  // The "_own" document permissions apply to the viewer's own organisations only.
  const own = (user.memberships ?? []).some((m) => m.organization.id === id);
  const docAccess = documentAccess(caps, own);
  const [result, reexecute] = useQuery({ query: OrganizationDocument, variables: { id, withMembers } });

  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data) {
    return <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  const org = result.data?.node?.__typename === 'Organization' ? result.data.node : null;
  if (!org) {
    return <ErrorState error={{ code: 'NOT_FOUND', message: '', extensions: {} }} title={t('org.notFound')} />;
  }
  const none = t('common.none');
  const members = org.memberships ?? [];

  return (
    <div className="page" data-testid="org-detail">
      <div className="page-header">
        <Space align="center" wrap>
          {showBack ? (
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} />
          ) : null}
          <Typography.Title level={1} className="page-title" data-testid="org-name">
            {org.name}
          </Typography.Title>
          <Tag color={STATUS_COLOR[org.status]}>{t(`org.status.${org.status}`)}</Tag>
          {org.partyStatus?.uncovered ? (
            <Tooltip title={t('org.noPartyHint')}>
              <Tag color="red" data-testid="org-risk-no-party">
                {t('org.noParty')}
              </Tag>
            </Tooltip>
          ) : null}
        </Space>
        {canEdit ? (
          <Button
            type="primary"
            icon={<EditOutlined />}
            onClick={() => navigate(`/organizations/${org.id}/edit`)}
            data-testid="org-edit"
          >
            {t('common.edit')}
          </Button>
        ) : null}
      </div>
      <Card title={t('org.basicInfo')} className="detail-card">
        <Descriptions column={{ xs: 1, sm: 1, md: 2, xl: 2, xxl: 3 }} size="middle">
          <Descriptions.Item label={t('org.fields.uscc')}>
            <span className="mono nowrap">{org.uscc}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('org.fields.kind')}>{t(`org.kind.${org.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('org.fields.stage')}>{t(`org.stage.${org.stage}`)}</Descriptions.Item>
          <Descriptions.Item label={t('org.fields.registeredOn')}>
            {org.registeredOn ? formatDate(org.registeredOn, lang) : none}
          </Descriptions.Item>
          <Descriptions.Item label={t('org.fields.charityStatus')}>
            {t(`org.charityStatus.${org.charityStatus}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('org.fields.serviceFields')}>
            {org.serviceFields.length === 0
              ? none
              : org.serviceFields.map((f) => <Tag key={f}>{t(`org.serviceFieldValue.${f}`)}</Tag>)}
          </Descriptions.Item>
          <Descriptions.Item label={t('org.fields.createdAt')}>{formatDateTime(org.createdAt, lang)}</Descriptions.Item>
          <Descriptions.Item label={t('org.fields.updatedAt')}>{formatDateTime(org.updatedAt, lang)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('org.contactInfo')} className="detail-card">
        <Descriptions column={{ xs: 1, sm: 1, md: 2, xl: 2, xxl: 3 }} size="middle">
          <Descriptions.Item label={t('org.fields.legalRepresentative')}>{org.legalRepresentative || none}</Descriptions.Item>
          <Descriptions.Item label={t('org.fields.contactPerson')}>{org.contactPerson || none}</Descriptions.Item>
          <Descriptions.Item label={t('org.fields.contactPhone')}>{org.contactPhone || none}</Descriptions.Item>
          <Descriptions.Item label={t('org.fields.town')}>{org.town || none}</Descriptions.Item>
          <Descriptions.Item label={t('org.fields.address')}>{org.address || none}</Descriptions.Item>
        </Descriptions>
      </Card>
      {withMembers ? (
        <MembersCard
          organizationID={org.id}
          members={members}
          canAdd={caps.has('org.edit')}
          canRemove={caps.has('user.manage')}
          onChanged={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : null}
      {caps.has('case.read') || (own && caps.has('case.readOwn')) ? <OrganizationCasesCard organizationID={org.id} /> : null}
      {docAccess.read ? <DocumentsCard organizationID={org.id} access={docAccess} /> : null}
    </div>
  );
}
