import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, App as AntApp, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { chinaToday } from '../shared/dates';
import { useFieldErrors } from '../shared/errors';
import { ACTIVITY_TYPES } from '../shared/model';
import { RecordActivityDocument } from './api';
import { activityInput, type ActivityValues } from './model';
import { OrgSelect } from './OrgSelect';
import { usePW } from './texts';

const FIELDS = ['type', 'title', 'heldOn', 'place', 'description', 'organizationIDs', 'participants', 'volunteerMinutes'] as const;

/**
 * Records a "party building + public benefit" activity: type, title, day,
 * place, description, the organisations involved (one's own), participants
 * and the volunteer time in all (hours and minutes). Then the activity's
 * page, for photos and volunteers.
 */
export function ActivityForm({ initialOrg, onSaved }: { initialOrg?: string; onSaved: (id: string) => void }) {
  const { pw, pt } = usePW();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ActivityValues>();
  const [{ fetching }, record] = useMutation(RecordActivityDocument);
  const fieldErrors = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const today = chinaToday();
  const notFuture = (_: unknown, v?: string) => (v && v > today ? Promise.reject(new Error(pw('common.dateFuture'))) : Promise.resolve());

  const submit = async (values: ActivityValues) => {
    setFormError(null);
    const res = await record({ input: activityInput(values) });
    if (res.error) {
      const rest = fieldErrors(res.error, form, FIELDS);
      // The time is typed as hours and minutes: its problem shows under both.
      const time = form.getFieldError('volunteerMinutes');
      if (time.length > 0) form.setFields([{ name: 'volunteerHours', errors: time }]);
      setFormError(rest ?? pw('activity.formError'));
      return;
    }
    if (res.data) {
      message.success(pw('activity.saved'));
      onSaved(res.data.recordActivity.id);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ heldOn: today, organizationIDs: initialOrg ? [initialOrg] : [], participants: 0, volunteerHours: 0, volunteerMinutes: 0 }}
      onFinish={(v) => void submit(v)}
      onValuesChange={() => setFormError(null)}
      disabled={fetching}
      data-testid="activity-form"
      style={{ maxWidth: 760 }}
    >
      {formError ? <Alert type="error" showIcon role="alert" message={formError} style={{ marginBottom: 16 }} data-testid="activity-error" /> : null}
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item label={pt('field.type')} name="type" rules={[{ required: true, message: pw('common.requiredSelect', { field: pt('field.type') }) }]}>
            <Select options={ACTIVITY_TYPES.map((t) => ({ value: t, label: pt(`activityType.${t}`) }))} data-testid="activity-type" />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item
            label={pt('field.heldOn')}
            name="heldOn"
            rules={[{ required: true, message: pw('common.required', { field: pt('field.heldOn') }) }, { validator: notFuture }]}
          >
            <Input type="date" max={today} style={{ width: 200 }} data-testid="activity-date" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={pt('field.title')}
        name="title"
        rules={[{ required: true, whitespace: true, message: pw('common.required', { field: pt('field.title') }) }, { max: 200 }]}
      >
        <Input maxLength={200} placeholder={pw('activity.titlePlaceholder')} data-testid="activity-title" />
      </Form.Item>
      <Form.Item label={pt('field.place')} name="place" rules={[{ max: 200 }]}>
        <Input maxLength={200} placeholder={pw('activity.placePlaceholder')} data-testid="activity-place" />
      </Form.Item>
      <Form.Item
        label={pt('field.organizations')}
        name="organizationIDs"
        rules={[{ required: true, type: 'array', min: 1, message: pw('common.requiredSelect', { field: pt('field.organizations') }) }]}
      >
        <OrgSelect multiple testId="activity-orgs" placeholder={pw('activity.orgsPlaceholder')} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={pt('field.participants')} name="participants" rules={[{ required: true, message: pw('common.required', { field: pt('field.participants') }) }]}>
            <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} data-testid="activity-participants" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item label={pw('activity.volunteerTime')} extra={pw('activity.volunteerTimeHint')} required={false} style={{ marginBottom: 0 }}>
            <Space align="start" wrap>
              <Form.Item name="volunteerHours" style={{ marginBottom: 8 }}>
                <InputNumber
                  min={0}
                  max={100000}
                  precision={0}
                  addonAfter={pw('common.hoursUnit')}
                  aria-label={`${pw('activity.volunteerTime')} ${pw('common.hoursUnit')}`}
                  style={{ width: 170 }}
                  data-testid="activity-hours"
                />
              </Form.Item>
              <Form.Item name="volunteerMinutes" style={{ marginBottom: 8 }}>
                <InputNumber
                  min={0}
                  max={59}
                  precision={0}
                  addonAfter={pw('common.minutesUnit')}
                  aria-label={`${pw('activity.volunteerTime')} ${pw('common.minutesUnit')}`}
                  style={{ width: 150 }}
                  data-testid="activity-minutes"
                />
              </Form.Item>
            </Space>
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={pt('field.description')} name="description" rules={[{ max: 4000 }]}>
        <Input.TextArea rows={4} maxLength={4000} placeholder={pw('activity.descriptionPlaceholder')} data-testid="activity-description" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={fetching} data-testid="activity-submit">
          {pw('activity.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}

export default function ActivityFormPage() {
  const { pw } = usePW();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const org = params.get('org') ?? undefined;
  return (
    <div className="page" data-testid="activity-new-page">
      <div className="page-header">
        <Space direction="vertical" size={4}>
          <Link to="/party/officer">
            <ArrowLeftOutlined /> {pw('common.backToWork')}
          </Link>
          <Typography.Title level={1} className="page-title">
            {pw('activity.newTitle')}
          </Typography.Title>
        </Space>
      </div>
      <Card>
        <Typography.Paragraph type="secondary">{pw('activity.intro')}</Typography.Paragraph>
        <ActivityForm initialOrg={org} onSaved={(id) => navigate(`/party/activities/${encodeURIComponent(id)}`)} />
      </Card>
    </div>
  );
}
