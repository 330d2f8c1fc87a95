import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, InputNumber, Table, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { ErrorState, Loading } from '../../../components/States';
import type { PartyActivityType } from '../../../gql/graphql';
import { CommitteeGate, usePartyAccess } from '../shared/access';
import { useFieldErrors } from '../shared/errors';
import { usePT } from '../shared/texts';
import { PartySettingsDocument, UpdatePartySettingsDocument } from './api';

interface Values {
  maxOfficerLoad: number;
  pointsPerHour: number;
  rules: { type: PartyActivityType; pointsPerHour: number }[];
}

/**
 * The county's party-building settings: the most organisations an officer
 * may guide, and the volunteer points per hour (a default and one per
 * activity type). Read-only for the bureau.
 */
export default function SettingsPage() {
  return (
    <CommitteeGate>
      <Settings />
    </CommitteeGate>
  );
}

function Settings() {
  const { pt, t } = usePT();
  const { manage } = usePartyAccess();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const place = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const [res, reexecute] = useQuery({ query: PartySettingsDocument });
  const [{ fetching }, save] = useMutation(UpdatePartySettingsDocument);
  const s = res.data?.partySettings;
  useEffect(() => {
    if (s) form.setFieldsValue({ maxOfficerLoad: s.maxOfficerLoad, pointsPerHour: s.pointsPerHour, rules: s.rules.map((r) => ({ type: r.type, pointsPerHour: r.pointsPerHour })) });
  }, [s, form]);
  if (res.fetching && !s) return <Loading />;
  if (res.error && !s) return <ErrorState error={res.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!s) return null;

  const submit = async (v: Values) => {
    setFormError(null);
    const r = await save({
      input: {
        maxOfficerLoad: v.maxOfficerLoad,
        pointsPerHour: v.pointsPerHour,
        rules: (v.rules ?? []).map((x) => ({ type: x.type, pointsPerHour: x.pointsPerHour ?? 0 })),
      },
    });
    if (r.error) {
      setFormError(place(r.error, form, ['maxOfficerLoad', 'pointsPerHour', 'rules']));
      return;
    }
    message.success(pt('settings.saved'));
  };

  return (
    <div className="page page--narrow">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {pt('settings.title')}
        </Typography.Title>
      </div>
      {!manage ? <Alert type="info" showIcon message={pt('common.readOnly')} style={{ marginBottom: 16 }} /> : null}
      {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" disabled={!manage} onFinish={(v) => void submit(v)} data-testid="party-settings">
        <Card title={pt('settings.load')} className="form-card">
          <Form.Item name="maxOfficerLoad" label={pt('settings.maxOfficerLoad')} extra={pt('settings.maxOfficerLoadHint')} rules={[{ required: true }]}>
            <InputNumber min={1} max={500} precision={0} style={{ width: 160 }} data-testid="max-officer-load" />
          </Form.Item>
        </Card>
        <Card title={pt('settings.points')} className="form-card" style={{ marginTop: 16 }}>
          <Typography.Paragraph type="secondary">{pt('settings.pointsHint')}</Typography.Paragraph>
          <Form.Item name="pointsPerHour" label={pt('settings.pointsPerHour')} rules={[{ required: true }]}>
            <InputNumber min={0} max={1000} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.List name="rules">
            {(fields) => (
              <Table
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={fields}
                columns={[
                  {
                    title: pt('field.type'),
                    key: 'type',
                    render: (_, f) => (
                      <>
                        <Form.Item name={[f.name, 'type']} hidden>
                          <input />
                        </Form.Item>
                        {pt(`activityType.${form.getFieldValue(['rules', f.name, 'type']) as PartyActivityType}`)}
                      </>
                    ),
                  },
                  {
                    title: pt('settings.rulePointsPerHour'),
                    key: 'pph',
                    render: (_, f) => (
                      <Form.Item name={[f.name, 'pointsPerHour']} style={{ marginBottom: 0 }} rules={[{ required: true }]}>
                        <InputNumber min={0} max={1000} precision={0} style={{ width: 120 }} />
                      </Form.Item>
                    ),
                  },
                ]}
              />
            )}
          </Form.List>
        </Card>
        {manage ? (
          <div className="form-actions" style={{ marginTop: 16 }}>
            <Button type="primary" htmlType="submit" loading={fetching} data-testid="save-settings">
              {t('common.save')}
            </Button>
          </div>
        ) : null}
      </Form>
    </div>
  );
}
