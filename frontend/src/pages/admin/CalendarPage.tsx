import { useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Popconfirm, Radio, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CalendarDaysQuery } from '../../gql/graphql';
import { useMe } from '../../auth/AuthProvider';
import { EmptyState, ErrorState, useErrorText } from '../../components/States';
import { currentLanguage } from '../../i18n';
import { dateToApiTime, formatDate } from '../../lib/format';
import { firstApiError } from '../../lib/errors';
import { weekdayOf, yearRange } from './calendarModel';

const CalendarDaysDocument = graphql(`
  query CalendarDays($from: Time!, $to: Time!) {
    calendarDays(first: 200, where: { dateGTE: $from, dateLT: $to }, orderBy: { field: DATE, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          date
          workday
          name
        }
      }
    }
  }
`);

const SetCalendarDayDocument = graphql(`
  mutation SetCalendarDay($date: Time!, $workday: Boolean!, $name: String) {
    setCalendarDay(date: $date, workday: $workday, name: $name) {
      id
      date
      workday
      name
    }
  }
`);

const RemoveCalendarDayDocument = graphql(`
  mutation RemoveCalendarDay($date: Time!) {
    removeCalendarDay(date: $date)
  }
`);

type Row = NonNullable<NonNullable<NonNullable<CalendarDaysQuery['calendarDays']['edges']>[number]>['node']>;

const WEEKDAY = { 'zh-CN': ['日', '一', '二', '三', '四', '五', '六'], en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] } as const;

/** The working-day calendar: a year's holidays and make-up working days; editable with calendar:update. */
export default function CalendarPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { caps } = useMe();
  const canEdit = caps.has('calendar.update');
  const errorText = useErrorText();
  const { message } = AntApp.useApp();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const range = useMemo(() => yearRange(year), [year]);
  const context = useMemo(() => ({ additionalTypenames: ['CalendarDay'] }), []);
  const [result, reexecute] = useQuery({ query: CalendarDaysDocument, variables: range, context });
  const [, remove] = useMutation(RemoveCalendarDayDocument);
  const [adding, setAdding] = useState(false);
  const rows = (result.data?.calendarDays.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  const doRemove = async (r: Row) => {
    const res = await remove({ date: r.date });
    if (res.error) message.error(errorText(firstApiError(res.error)));
    else {
      message.success(t('casework.calendar.removed'));
      refresh();
    }
  };

  const columns: TableProps<Row>['columns'] = [
    { title: t('casework.calendar.date'), key: 'date', render: (_, r) => formatDate(r.date, lang) },
    { title: t('casework.calendar.weekday'), key: 'weekday', render: (_, r) => WEEKDAY[lang][weekdayOf(r.date)] },
    {
      title: t('casework.calendar.kind'),
      key: 'kind',
      render: (_, r) =>
        r.workday ? <Tag color="orange">{t('casework.calendar.workday')}</Tag> : <Tag color="green">{t('casework.calendar.holiday')}</Tag>,
    },
    { title: t('casework.calendar.name'), dataIndex: 'name', key: 'name' },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, r: Row) => (
              <Popconfirm
                title={t('casework.calendar.removeConfirm', { date: formatDate(r.date, lang) })}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() => void doRemove(r)}
              >
                <Button size="small" danger icon={<DeleteOutlined />}>
                  {t('casework.calendar.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  if (result.error && !result.data) return <ErrorState error={result.error} onRetry={refresh} />;

  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('casework.calendar.title')}
        </Typography.Title>
        <Space>
          <span>{t('casework.calendar.year')}</span>
          <InputNumber value={year} min={2000} max={2100} precision={0} onChange={(v) => v && setYear(v)} aria-label={t('casework.calendar.year')} />
          {canEdit ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('casework.calendar.add')}
            </Button>
          ) : null}
        </Space>
      </div>
      <Alert type="info" showIcon className="form-alert" message={t('casework.calendar.hint')} description={canEdit ? undefined : t('casework.calendar.readOnly')} />
      <Card>
        <Table
          rowKey="id"
          size="small"
          loading={result.fetching && !result.data}
          columns={columns}
          dataSource={rows}
          pagination={false}
          data-testid="calendar-table"
          locale={{ emptyText: <EmptyState title={t('casework.calendar.empty')} /> }}
        />
      </Card>
      {adding ? <AddDayDialog onClose={() => setAdding(false)} onSaved={refresh} /> : null}
    </div>
  );
}

function AddDayDialog({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ date: Dayjs; workday: boolean; name?: string }>();
  const [{ fetching }, save] = useMutation(SetCalendarDayDocument);
  const submit = async () => {
    let v: { date: Dayjs; workday: boolean; name?: string };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    // The picked calendar day, sent as that day at UTC midnight: never shifted by the browser's zone.
    const res = await save({ date: dateToApiTime(v.date.format('YYYY-MM-DD')), workday: v.workday, name: v.name?.trim() || undefined });
    if (res.error) {
      message.error(errorText(firstApiError(res.error)));
      return;
    }
    message.success(t('casework.calendar.saved'));
    onSaved();
    onClose();
  };
  return (
    <Modal open title={t('casework.calendar.addTitle')} onCancel={onClose} onOk={() => void submit()} confirmLoading={fetching} okText={t('common.save')} cancelText={t('common.cancel')}>
      <Form form={form} layout="vertical" initialValues={{ workday: false }}>
        <Form.Item name="date" label={t('casework.calendar.date')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('casework.calendar.date') }) }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="workday" label={t('casework.calendar.kind')}>
          <Radio.Group>
            <Radio value={false}>{t('casework.calendar.holiday')}</Radio>
            <Radio value={true}>{t('casework.calendar.workday')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="name" label={t('casework.calendar.name')}>
          <Input maxLength={50} placeholder={t('casework.calendar.namePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
