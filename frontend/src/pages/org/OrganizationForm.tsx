import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import type { CombinedError } from 'urql';
import type {
  OrganizationCharityStatus,
  OrganizationFieldsFragment,
  OrganizationKind,
  OrganizationStage,
  OrganizationStatus,
  ServiceField,
} from '../../gql/graphql';
import { normalizeUscc } from '../../lib/uscc';
import { apiErrors, describeError, type ApiError } from '../../lib/errors';
import { apiTimeToDate, dateToApiTime } from '../../lib/format';
import { CHARITY_STATUSES, KINDS, SERVICE_FIELDS, STAGES, STATUSES } from './model';
import { usccRule } from './usccRule';

export interface OrganizationFormValues {
  name: string;
  uscc: string;
  kind?: OrganizationKind;
  stage?: OrganizationStage;
  serviceFields: ServiceField[];
  registeredOn?: Dayjs | null;
  legalRepresentative?: string;
  contactPerson?: string;
  contactPhone?: string;
  address?: string;
  town?: string;
  charityStatus: OrganizationCharityStatus;
  status: OrganizationStatus;
}

/** The optional text fields: cleared with clearX on update when emptied. */
export const OPTIONAL_TEXT = ['legalRepresentative', 'contactPerson', 'contactPhone', 'address', 'town'] as const;

export function toFormValues(o?: OrganizationFieldsFragment | null): OrganizationFormValues {
  if (!o) {
    return { name: '', uscc: '', serviceFields: [], charityStatus: 'NONE', status: 'ACTIVE', registeredOn: null };
  }
  const date = apiTimeToDate(o.registeredOn);
  return {
    name: o.name,
    uscc: o.uscc,
    kind: o.kind,
    stage: o.stage,
    serviceFields: [...o.serviceFields],
    registeredOn: date ? dayjs(date) : null,
    legalRepresentative: o.legalRepresentative ?? '',
    contactPerson: o.contactPerson ?? '',
    contactPhone: o.contactPhone ?? '',
    address: o.address ?? '',
    town: o.town ?? '',
    charityStatus: o.charityStatus,
    status: o.status,
  };
}

export function registeredOnValue(v?: Dayjs | null): string | null {
  return v ? dateToApiTime(v.format('YYYY-MM-DD')) : null;
}

const FORM_FIELDS = new Set<string>([
  'name',
  'uscc',
  'kind',
  'stage',
  'serviceFields',
  'registeredOn',
  ...OPTIONAL_TEXT,
  'charityStatus',
  'status',
]);

interface Props {
  initial?: OrganizationFieldsFragment | null;
  submitting: boolean;
  submitLabel: string;
  onSubmit: (values: OrganizationFormValues) => Promise<CombinedError | undefined>;
  onCancel: () => void;
  /** Shown above the form, e.g. a conflict notice with a reload button. */
  notice?: React.ReactNode;
  /**
   * The registered facts (name, code, kind, stage, registration date, legal
   * representative, charity status, status) are shown but not editable: a
   * member keeps their organisation's contacts, the bureau its registration
   * (the server refuses a change with REGISTERED_FACT).
   */
  registryLocked?: boolean;
}

export function OrganizationForm({ initial, submitting, submitLabel, onSubmit, onCancel, notice, registryLocked = false }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OrganizationFormValues>();
  const [formError, setFormError] = useState<ApiError | null>(null);

  const handleFinish = async (values: OrganizationFormValues) => {
    setFormError(null);
    const error = await onSubmit({ ...values, uscc: normalizeUscc(values.uscc) });
    if (!error) return;
    // Errors that name a field go on that field; the rest above the form.
    const unplaced: ApiError[] = [];
    const fields: { name: keyof OrganizationFormValues; errors: string[] }[] = [];
    for (const e of apiErrors(error)) {
      // BAD_USER_INPUT and CONFLICT (e.g. a USCC already registered) carry
      // messages written for people; put them on the field they name.
      if ((e.code === 'BAD_USER_INPUT' || e.code === 'CONFLICT') && e.field && FORM_FIELDS.has(e.field)) {
        fields.push({ name: e.field as keyof OrganizationFormValues, errors: [describeError(e, (k) => t(k))] });
      } else {
        unplaced.push(e);
      }
    }
    if (fields.length > 0) {
      form.setFields(fields);
      form.scrollToField(fields[0].name, { block: 'center' });
      form.focusField(fields[0].name);
    }
    if (unplaced.length > 0) setFormError(unplaced[0]);
  };

  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
  const requiredSelect = (field: string) => ({ required: true, message: t('common.requiredSelect', { field }) });

  return (
    <Form<OrganizationFormValues>
      form={form}
      layout="vertical"
      initialValues={toFormValues(initial)}
      onFinish={(v) => void handleFinish(v)}
      scrollToFirstError={{ block: 'center', focus: true }}
      data-testid="org-form"
    >
      {notice}
      {formError && formError.code !== 'CONFLICT' ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="form-alert"
          data-testid="form-error"
          message={describeError(formError, (k) => t(k))}
        />
      ) : null}
      {formError && formError.code === 'CONFLICT' ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          className="form-alert"
          data-testid="form-conflict"
          message={t('org.conflictTitle')}
          description={describeError(formError, (k) => t(k))}
        />
      ) : null}
      <Card title={t('org.basicInfo')} className="form-card">
        {registryLocked ? (
          <Alert type="info" showIcon className="form-alert" data-testid="registry-locked" message={t('org.registryLocked')} />
        ) : null}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label={t('org.fields.name')} name="name" rules={[required(t('org.fields.name')), { max: 200 }]}>
              <Input maxLength={200} autoComplete="organization" disabled={registryLocked} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('org.fields.uscc')}
              name="uscc"
              required
              extra={t('org.usccHint')}
              normalize={(v: string) => normalizeUscc(v ?? '')}
              validateTrigger={['onBlur', 'onSubmit']}
              rules={[usccRule(t)]}
            >
              <Input maxLength={24} className="mono" autoComplete="off" spellCheck={false} data-testid="uscc-input" disabled={registryLocked} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('org.fields.kind')} name="kind" rules={[requiredSelect(t('org.fields.kind'))]}>
              <Select options={KINDS.map((k) => ({ value: k, label: t(`org.kind.${k}`) }))} data-testid="kind-select" disabled={registryLocked} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('org.fields.stage')} name="stage" rules={[requiredSelect(t('org.fields.stage'))]}>
              <Select options={STAGES.map((k) => ({ value: k, label: t(`org.stage.${k}`) }))} data-testid="stage-select" disabled={registryLocked} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('org.fields.registeredOn')} name="registeredOn">
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} disabled={registryLocked} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label={t('org.fields.serviceFields')} name="serviceFields">
              <Checkbox.Group
                options={SERVICE_FIELDS.map((k) => ({ value: k, label: t(`org.serviceFieldValue.${k}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('org.fields.charityStatus')} name="charityStatus">
              <Select options={CHARITY_STATUSES.map((k) => ({ value: k, label: t(`org.charityStatus.${k}`) }))} disabled={registryLocked} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('org.fields.status')} name="status">
              <Select options={STATUSES.map((k) => ({ value: k, label: t(`org.status.${k}`) }))} disabled={registryLocked} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t('org.contactInfo')} className="form-card">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label={t('org.fields.legalRepresentative')} name="legalRepresentative" rules={[{ max: 100 }]}>
              <Input maxLength={100} disabled={registryLocked} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('org.fields.contactPerson')} name="contactPerson" rules={[{ max: 100 }]}>
              <Input maxLength={100} autoComplete="name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('org.fields.contactPhone')} name="contactPhone" rules={[{ max: 32 }]}>
              <Input maxLength={32} type="tel" autoComplete="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('org.fields.town')} name="town" rules={[{ max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label={t('org.fields.address')} name="address" rules={[{ max: 300 }]}>
              <Input maxLength={300} autoComplete="street-address" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Space className="form-actions">
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="org-submit">
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
