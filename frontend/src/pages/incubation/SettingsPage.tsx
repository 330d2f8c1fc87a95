import { useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Select, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { currentLanguage } from '../../i18n';
import { CreateCentreDocument, CreateCriterionDocument, CreateSpaceDocument, UpdateCentreDocument, UpdateCriterionDocument, UpdateSpaceDocument } from './api';
import { StatusTag, useRun } from './shared';
import { useCentres } from './useCentre';

type Editing = null | { kind: 'centre' | 'space' | 'criterion'; id?: string; values?: Record<string, unknown> };

/** Centre settings: the centre's rules, its spaces and its maturity scorecard. */
export default function SettingsPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { res, centres, refresh } = useCentres();
  const [editing, setEditing] = useState<Editing>(null);
  if (res.fetching && !res.data) return <Loading />;
  if (res.error && !res.data) return <ErrorState error={res.error} onRetry={refresh} />;
  const centre = centres[0];
  const crit = centre?.criteria ?? [];
  const sum = crit.filter((c) => c.active).reduce((a, c) => a + c.weight, 0);
  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('incubation.settings.title')}
        </Typography.Title>
        {!centre ? (
          <Button type="primary" onClick={() => setEditing({ kind: 'centre' })}>
            {t('incubation.settings.newCentre')}
          </Button>
        ) : null}
      </div>
      {!centre ? (
        <EmptyState title={t('incubation.board.empty')} />
      ) : (
        <>
          <Card
            title={`${t('incubation.settings.centre')} · ${centre.name}`}
            extra={<Button onClick={() => setEditing({ kind: 'centre', id: centre.id, values: { ...centre } })}>{t('incubation.settings.edit')}</Button>}
          >
            <Typography.Paragraph>
              {centre.address} · {t('incubation.settings.totalArea')} {centre.totalArea} · {t('incubation.settings.threshold')} {centre.graduationThreshold} ·{' '}
              {t('incubation.settings.defaultTerm')} {centre.defaultTermMonths} · {t('incubation.settings.offerDays')} {centre.offerDays} ·{' '}
              {t('incubation.settings.interval')} {centre.assessmentIntervalMonths}
            </Typography.Paragraph>
          </Card>
          <Card
            title={t('incubation.settings.spaces')}
            style={{ marginTop: 16 }}
            extra={<Button onClick={() => setEditing({ kind: 'space' })}>{t('incubation.settings.addSpace')}</Button>}
          >
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={centre.spaces ?? []}
              data-testid="settings-spaces"
              locale={{ emptyText: <EmptyState title={t('incubation.board.emptyHint')} /> }}
              columns={[
                { title: t('incubation.settings.code'), dataIndex: 'code' },
                { title: t('incubation.settings.kind'), key: 'k', render: (_, s) => t(`incubation.kind.${s.kind}`) },
                { title: t('incubation.settings.floor'), dataIndex: 'floor' },
                { title: t('incubation.settings.area'), dataIndex: 'area' },
                { title: t('incubation.settings.seats'), key: 's', render: (_, s) => `${s.seats - s.seatsFree}/${s.seats}` },
                { title: t('incubation.settings.facilities'), dataIndex: 'facilities' },
                { title: t('incubation.waitlist.status'), key: 'st', render: (_, s) => <StatusTag status={s.status} /> },
                {
                  title: '',
                  key: 'e',
                  render: (_, s) => (
                    <Button size="small" onClick={() => setEditing({ kind: 'space', id: s.id, values: { ...s } })}>
                      {t('incubation.settings.edit')}
                    </Button>
                  ),
                },
              ]}
            />
          </Card>
          <Card
            title={t('incubation.settings.criteria')}
            style={{ marginTop: 16 }}
            extra={<Button onClick={() => setEditing({ kind: 'criterion' })}>{t('incubation.settings.addCriterion')}</Button>}
          >
            {sum !== 100 ? <Alert type="warning" showIcon message={t('incubation.settings.weightWarn')} style={{ marginBottom: 8 }} /> : null}
            <Typography.Text type="secondary">{t('incubation.settings.weightSum', { sum })}</Typography.Text>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={crit}
              columns={[
                { title: t('incubation.settings.key'), dataIndex: 'key' },
                { title: t('incubation.settings.nameZh'), key: 'n', render: (_, c) => (lang === 'en' ? c.nameEn : c.nameZh) },
                { title: t('incubation.settings.weight'), dataIndex: 'weight' },
                { title: t('incubation.settings.active'), key: 'a', render: (_, c) => (c.active ? <Tag color="green">✔</Tag> : <Tag>—</Tag>) },
                {
                  title: '',
                  key: 'e',
                  render: (_, c) => (
                    <Button size="small" onClick={() => setEditing({ kind: 'criterion', id: c.id, values: { ...c } })}>
                      {t('incubation.settings.edit')}
                    </Button>
                  ),
                },
              ]}
            />
          </Card>
        </>
      )}
      {editing ? (
        <SettingsDialog
          editing={editing}
          centreID={centre?.id}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            refresh();
          }}
        />
      ) : null}
    </div>
  );
}

function SettingsDialog({ editing, centreID, onClose, onDone }: { editing: NonNullable<Editing>; centreID?: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const run = useRun();
  const [form] = Form.useForm();
  const [, createCentre] = useMutation(CreateCentreDocument);
  const [, updateCentre] = useMutation(UpdateCentreDocument);
  const [, createSpace] = useMutation(CreateSpaceDocument);
  const [, updateSpace] = useMutation(UpdateSpaceDocument);
  const [, createCriterion] = useMutation(CreateCriterionDocument);
  const [, updateCriterion] = useMutation(UpdateCriterionDocument);
  const submit = async () => {
    const v = await form.validateFields();
    const ok = t('incubation.tenancy.saved');
    let done: unknown = null;
    if (editing.kind === 'centre') {
      const input = {
        name: v.name, address: v.address ?? '', totalArea: v.totalArea, staffCount: v.staffCount, graduationThreshold: v.graduationThreshold,
        defaultTermMonths: v.defaultTermMonths, offerDays: v.offerDays, assessmentIntervalMonths: v.assessmentIntervalMonths,
      };
      done = editing.id ? await run(updateCentre({ id: editing.id, input }), ok) : await run(createCentre({ input }), ok);
    }
    if (editing.kind === 'space' && centreID) {
      const input = { code: v.code, kind: v.kind, floor: v.floor, area: v.area, seats: v.seats, facilities: v.facilities ?? '', maintenance: Boolean(v.maintenance) };
      done = editing.id ? await run(updateSpace({ id: editing.id, input }), ok) : await run(createSpace({ input: { ...input, centreID } }), ok);
    }
    if (editing.kind === 'criterion' && centreID) {
      const input = { key: v.key, nameZh: v.nameZh, nameEn: v.nameEn, weight: v.weight, guidance: v.guidance ?? '', active: Boolean(v.active) };
      done = editing.id ? await run(updateCriterion({ id: editing.id, input }), ok) : await run(createCriterion({ input: { ...input, centreID } }), ok);
    }
    if (done) onDone();
  };
  const req = [{ required: true }];
  const defaults = { graduationThreshold: 80, defaultTermMonths: 24, offerDays: 5, assessmentIntervalMonths: 3, staffCount: 0, floor: 1, kind: 'ROOM', active: true };
  return (
    <Modal open title={t(editing.kind === 'centre' ? 'incubation.settings.centre' : editing.kind === 'space' ? 'incubation.settings.spaces' : 'incubation.settings.criteria')} onCancel={onClose} onOk={() => void submit()} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ ...defaults, ...editing.values }}>
        {editing.kind === 'centre' ? (
          <>
            <Form.Item name="name" label={t('incubation.settings.name')} rules={req}><Input /></Form.Item>
            <Form.Item name="address" label={t('incubation.settings.address')}><Input /></Form.Item>
            <Form.Item name="totalArea" label={t('incubation.settings.totalArea')} rules={req}><InputNumber min={0} /></Form.Item>
            <Form.Item name="staffCount" label={t('incubation.settings.staffCount')}><InputNumber min={0} /></Form.Item>
            <Form.Item name="graduationThreshold" label={t('incubation.settings.threshold')} rules={req}><InputNumber min={0} max={100} /></Form.Item>
            <Form.Item name="defaultTermMonths" label={t('incubation.settings.defaultTerm')} rules={req}><InputNumber min={12} max={24} /></Form.Item>
            <Form.Item name="offerDays" label={t('incubation.settings.offerDays')} rules={req}><InputNumber min={1} max={30} /></Form.Item>
            <Form.Item name="assessmentIntervalMonths" label={t('incubation.settings.interval')} rules={req}><InputNumber min={1} max={12} /></Form.Item>
          </>
        ) : null}
        {editing.kind === 'space' ? (
          <>
            <Form.Item name="code" label={t('incubation.settings.code')} rules={req}><Input /></Form.Item>
            <Form.Item name="kind" label={t('incubation.settings.kind')} rules={req}>
              <Select options={(['ROOM', 'OFFICE', 'DESK_AREA', 'SHARED_ZONE'] as const).map((k) => ({ value: k, label: t(`incubation.kind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="floor" label={t('incubation.settings.floor')}><InputNumber /></Form.Item>
            <Form.Item name="area" label={t('incubation.settings.area')} rules={req}><InputNumber min={1} /></Form.Item>
            <Form.Item name="seats" label={t('incubation.settings.seats')} rules={req}><InputNumber min={0} /></Form.Item>
            <Form.Item name="facilities" label={t('incubation.settings.facilities')}><Input /></Form.Item>
            <Form.Item name="maintenance" label={t('incubation.settings.maintenance')} valuePropName="checked"><Switch /></Form.Item>
          </>
        ) : null}
        {editing.kind === 'criterion' ? (
          <>
            <Form.Item name="key" label={t('incubation.settings.key')} rules={[{ required: true, pattern: /^[A-Z][A-Z0-9_]{1,39}$/ }]}><Input /></Form.Item>
            <Form.Item name="nameZh" label={t('incubation.settings.nameZh')} rules={req}><Input /></Form.Item>
            <Form.Item name="nameEn" label={t('incubation.settings.nameEn')} rules={req}><Input /></Form.Item>
            <Form.Item name="weight" label={t('incubation.settings.weight')} rules={req}><InputNumber min={1} max={100} /></Form.Item>
            <Form.Item name="guidance" label="?"><Input.TextArea rows={2} /></Form.Item>
            <Form.Item name="active" label={t('incubation.settings.active')} valuePropName="checked"><Switch /></Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
