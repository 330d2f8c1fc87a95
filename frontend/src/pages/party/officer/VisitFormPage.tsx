import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, App as AntApp, Button, Card, Descriptions, Form, Input, List, Space, Typography } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import type { DocumentFieldsFragment, PartyWorkVisitFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { chinaToday } from '../shared/dates';
import { useFieldErrors } from '../shared/errors';
import { LogVisitDocument } from './api';
import { visitInput, type VisitValues } from './model';
import { OrgSelect } from './OrgSelect';
import { PhotoUploader } from './photos';
import { usePW } from './texts';

/** The form's fields, as the server names them in extensions.problems. */
const FIELDS = ['organizationID', 'visitedOn', 'topics', 'findings', 'followUps'] as const;

/**
 * Logs a visit: the organisation (only one's own, from the coverage table),
 * the day, topics, findings and follow-ups with due dates. The server's
 * problems show at their fields, a follow-up's at its row
 * ("followUps.0.dueOn").
 */
export function VisitForm({ initialOrg, onSaved }: { initialOrg?: string; onSaved: (v: PartyWorkVisitFieldsFragment) => void }) {
  const { pw, pt } = usePW();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<VisitValues>();
  const [{ fetching }, logVisit] = useMutation(LogVisitDocument);
  const fieldErrors = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const today = chinaToday();

  const notFuture = (_: unknown, v?: string) => (v && v > today ? Promise.reject(new Error(pw('common.dateFuture'))) : Promise.resolve());

  const submit = async (values: VisitValues) => {
    setFormError(null);
    const res = await logVisit({ input: visitInput(values) });
    if (res.error) {
      const rest = fieldErrors(res.error, form, FIELDS);
      setFormError(rest ?? pw('visit.formError'));
      return;
    }
    if (res.data) {
      message.success(pw('visit.saved'));
      onSaved(res.data.logVisit);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ organizationID: initialOrg, visitedOn: today, followUps: [] }}
      onFinish={(v) => void submit(v)}
      onValuesChange={() => setFormError(null)}
      disabled={fetching}
      data-testid="visit-form"
      style={{ maxWidth: 760 }}
    >
      {formError ? <Alert type="error" showIcon role="alert" message={formError} style={{ marginBottom: 16 }} data-testid="visit-error" /> : null}
      <Form.Item
        label={pt('field.organization')}
        name="organizationID"
        rules={[{ required: true, message: pw('common.requiredSelect', { field: pt('field.organization') }) }]}
      >
        <OrgSelect dispatchedOnly testId="visit-org" placeholder={pw('visit.orgPlaceholder')} />
      </Form.Item>
      <Form.Item
        label={pt('field.visitedOn')}
        name="visitedOn"
        rules={[{ required: true, message: pw('common.required', { field: pt('field.visitedOn') }) }, { validator: notFuture }]}
      >
        <Input type="date" max={today} style={{ width: 200 }} data-testid="visit-date" />
      </Form.Item>
      <Form.Item
        label={pt('field.topics')}
        name="topics"
        rules={[{ required: true, whitespace: true, message: pw('common.required', { field: pt('field.topics') }) }, { max: 2000 }]}
      >
        <Input.TextArea rows={3} maxLength={2000} placeholder={pw('visit.topicsPlaceholder')} data-testid="visit-topics" />
      </Form.Item>
      <Form.Item label={pt('field.findings')} name="findings" rules={[{ max: 4000 }]}>
        <Input.TextArea rows={3} maxLength={4000} placeholder={pw('visit.findingsPlaceholder')} data-testid="visit-findings" />
      </Form.Item>
      <Form.Item label={pw('visit.followUps')} extra={pw('visit.followUpsHint')} required={false} style={{ marginBottom: 8 }}>
        <Form.List name="followUps">
          {(rows, { add, remove }, { errors }) => (
            <div data-testid="follow-ups">
              {rows.map((row, i) => (
                <Space key={row.key} align="start" wrap style={{ display: 'flex', marginBottom: 4 }} data-testid="follow-up-row" data-index={i}>
                  <Form.Item
                    name={[row.name, 'action']}
                    rules={[{ required: true, whitespace: true, message: pw('common.required', { field: pt('field.action') }) }, { max: 500 }]}
                    style={{ width: 360, marginBottom: 8 }}
                  >
                    <Input aria-label={`${pt('field.action')} ${i + 1}`} maxLength={500} placeholder={pw('visit.actionPlaceholder')} data-testid="follow-up-action" />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'dueOn']}
                    rules={[{ required: true, message: pw('common.required', { field: pt('field.dueOn') }) }]}
                    style={{ marginBottom: 8 }}
                  >
                    <Input type="date" aria-label={`${pt('field.dueOn')} ${i + 1}`} style={{ width: 180 }} data-testid="follow-up-due" />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={pw('visit.removeFollowUp')}
                    onClick={() => remove(row.name)}
                    data-testid="remove-follow-up"
                  />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ action: '', dueOn: '' })} data-testid="add-follow-up">
                {pw('visit.addFollowUp')}
              </Button>
              <Form.ErrorList errors={errors} />
            </div>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={fetching} data-testid="visit-submit">
          {pw('visit.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}

/** The visit just logged: what was saved, and its photos. */
function SavedVisit({ visit, onAnother }: { visit: PartyWorkVisitFieldsFragment; onAnother: () => void }) {
  const { pw, pt, lang } = usePW();
  const [photos, setPhotos] = useState<DocumentFieldsFragment[]>(visit.photos);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="visit-saved" data-visit={visit.id}>
      <Alert
        type="success"
        showIcon
        message={pw('visit.savedTitle', { date: formatDate(visit.visitedOn, lang), org: visit.organization.name })}
      />
      <Card>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={pt('field.topics')}>{visit.topics}</Descriptions.Item>
          {visit.findings ? <Descriptions.Item label={pt('field.findings')}>{visit.findings}</Descriptions.Item> : null}
        </Descriptions>
        {(visit.followUps ?? []).length > 0 ? (
          <List
            size="small"
            header={<Typography.Text strong>{pw('visit.followUps')}</Typography.Text>}
            dataSource={visit.followUps ?? []}
            renderItem={(f) => (
              <List.Item data-testid="saved-follow-up">
                <span>{f.action}</span>
                <Typography.Text type="secondary">{pw('my.dueOn', { date: formatDate(f.dueOn, lang) })}</Typography.Text>
              </List.Item>
            )}
          />
        ) : null}
      </Card>
      <Card title={pw('visit.photos')} extra={<Typography.Text type="secondary">{pw('visit.photosHint')}</Typography.Text>}>
        <PhotoUploader ownerKind="party_visit" ownerID={visit.id} photos={photos} canUpload onUploaded={(d) => setPhotos((ps) => [...ps, d])} />
      </Card>
      <Space wrap>
        <Link to="/party/officer">
          <Button type="primary" data-testid="back-to-work">
            {pw('common.backToWork')}
          </Button>
        </Link>
        <Button onClick={onAnother} data-testid="log-another">
          {pw('visit.another')}
        </Button>
      </Space>
    </Space>
  );
}

export default function VisitFormPage() {
  const { pw } = usePW();
  const [params] = useSearchParams();
  const org = params.get('org') ?? undefined;
  const [saved, setSaved] = useState<PartyWorkVisitFieldsFragment | null>(null);
  // Each new form starts afresh (a new key), with the organisation of the link.
  const [round, setRound] = useState(0);
  return (
    <div className="page" data-testid="visit-page">
      <div className="page-header">
        <Space direction="vertical" size={4}>
          <Link to="/party/officer">
            <ArrowLeftOutlined /> {pw('common.backToWork')}
          </Link>
          <Typography.Title level={1} className="page-title">
            {pw('visit.title')}
          </Typography.Title>
        </Space>
      </div>
      {saved ? (
        <SavedVisit
          visit={saved}
          onAnother={() => {
            setSaved(null);
            setRound((r) => r + 1);
          }}
        />
      ) : (
        <Card>
          <Typography.Paragraph type="secondary">{pw('visit.intro')}</Typography.Paragraph>
          <VisitForm key={round} initialOrg={org} onSaved={setSaved} />
        </Card>
      )}
    </div>
  );
}
