import { Alert, Button, Card, List, Popconfirm, Space, Typography } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export interface GraduationCheckView {
  ready: boolean;
  threshold: number;
  latestScore: string | null;
  missing: readonly { code: string; message: string }[];
}

/**
 * What stands between a tenancy and graduation, shown before anyone
 * presses the button (the server refuses with the same list). The
 * button is offered only to staff and only when nothing is missing.
 */
export function GraduationPanel({
  check,
  canGraduate,
  onGraduate,
  busy,
}: {
  check: GraduationCheckView;
  canGraduate: boolean;
  onGraduate?: () => void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card title={t('incubation.tenancy.graduation')} data-testid="graduation-panel" data-ready={check.ready ? 'true' : 'false'}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text>
          {t('incubation.tenancy.threshold')}: {check.threshold} · {t('incubation.tenancy.total')}: {check.latestScore ?? '—'}
        </Typography.Text>
        {check.ready ? (
          <Alert type="success" showIcon icon={<CheckCircleOutlined />} message={t('incubation.tenancy.ready')} />
        ) : (
          <>
            <Typography.Text strong>{t('incubation.tenancy.missing')}</Typography.Text>
            <List
              size="small"
              data-testid="graduation-missing"
              dataSource={[...check.missing]}
              renderItem={(g) => (
                <List.Item data-code={g.code}>
                  <CloseCircleOutlined style={{ color: '#cf1322', marginRight: 8 }} />
                  {g.message}
                </List.Item>
              )}
            />
          </>
        )}
        {canGraduate ? (
          <Popconfirm title={t('incubation.tenancy.graduateConfirm')} onConfirm={onGraduate} disabled={!check.ready}>
            <Button type="primary" disabled={!check.ready} loading={busy} data-testid="graduate">
              {t('incubation.tenancy.graduate')}
            </Button>
          </Popconfirm>
        ) : null}
      </Space>
    </Card>
  );
}
