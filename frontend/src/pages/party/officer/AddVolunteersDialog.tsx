import { useState } from 'react';
import { Alert, App as AntApp, Button, Empty, Form, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useFieldErrors } from '../shared/errors';
import { AddActivityVolunteersDocument, PartyWorkVolunteersDocument } from './api';
import { joinMinutes } from './model';
import { usePW } from './texts';

interface Values {
  volunteers: ({ volunteerID?: string; hours?: number | null; minutes?: number | null } | undefined)[];
}

/**
 * Records party-member volunteers' time in an activity: one row each,
 * picked from the county's roster, with hours and minutes. Their points
 * follow the county's rules (the server computes them). Those already
 * recorded are left out of the picker.
 */
export function AddVolunteersDialog({
  activityID,
  title,
  recorded,
  onDone,
  onClose,
}: {
  activityID: string;
  title: string;
  recorded: readonly string[];
  onDone: () => void;
  onClose: () => void;
}) {
  const { pw } = usePW();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [roster] = useQuery({ query: PartyWorkVolunteersDocument });
  const [{ fetching }, add] = useMutation(AddActivityVolunteersDocument);
  const fieldErrors = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const volunteers = (roster.data?.partyVolunteers.edges ?? []).flatMap((e) => (e?.node ? [e.node] : [])).filter((v) => !recorded.includes(v.id));
  const options = volunteers.map((v) => ({ value: v.id, label: `${v.name}（${v.partyOrganization.name}）`, search: `${v.name} ${v.partyOrganization.name}` }));

  const submit = async (values: Values) => {
    setFormError(null);
    const rows = (values.volunteers ?? []).map((r) => ({ volunteerID: r?.volunteerID ?? '', minutes: joinMinutes(r?.hours, r?.minutes) }));
    const res = await add({ activityID, volunteers: rows });
    if (res.error) {
      const rest = fieldErrors(res.error, form, ['volunteers']);
      setFormError(rest);
      return;
    }
    message.success(pw('activity.added', { count: rows.length }));
    onDone();
  };

  const timeRule = ({ getFieldValue }: { getFieldValue: (name: (string | number)[]) => unknown }, i: number) => ({
    validator: () => {
      const h = getFieldValue(['volunteers', i, 'hours']) as number | null | undefined;
      const m = getFieldValue(['volunteers', i, 'minutes']) as number | null | undefined;
      return joinMinutes(h, m) > 0 ? Promise.resolve() : Promise.reject(new Error(pw('activity.timeRequired')));
    },
  });

  return (
    <Modal
      open
      width={680}
      title={pw('activity.addVolunteersTitle', { title })}
      onCancel={onClose}
      maskClosable={false}
      okText={pw('activity.addVolunteers')}
      okButtonProps={{ loading: fetching, disabled: volunteers.length === 0, 'data-testid': 'add-volunteers-submit' }}
      onOk={() => form.submit()}
    >
      <div data-testid="add-volunteers-dialog">
        <Typography.Paragraph type="secondary">{pw('activity.addVolunteersHint')}</Typography.Paragraph>
        {formError ? <Alert type="error" showIcon role="alert" message={formError} style={{ marginBottom: 12 }} data-testid="add-volunteers-error" /> : null}
        {!roster.fetching && volunteers.length === 0 ? (
          <Empty description={pw('activity.noVolunteers')} />
        ) : (
          <Form form={form} layout="vertical" initialValues={{ volunteers: [{ hours: 2, minutes: 0 }] }} onFinish={(v) => void submit(v)} disabled={fetching}>
            <Form.List name="volunteers">
              {(rows, { add: addRow, remove }, { errors }) => (
                <>
                  {rows.map((row, i) => (
                    <Space key={row.key} align="start" wrap style={{ display: 'flex' }} data-testid="volunteer-row">
                      <Form.Item
                        name={[row.name, 'volunteerID']}
                        rules={[{ required: true, message: pw('common.requiredSelect', { field: pw('activity.volunteer') }) }]}
                        style={{ width: 280, marginBottom: 8 }}
                      >
                        <Select
                          showSearch
                          options={options}
                          optionFilterProp="search"
                          placeholder={pw('activity.volunteerPlaceholder')}
                          loading={roster.fetching}
                          aria-label={`${pw('activity.volunteer')} ${i + 1}`}
                          data-testid="volunteer-pick"
                        />
                      </Form.Item>
                      <Form.Item name={[row.name, 'hours']} dependencies={[['volunteers', row.name, 'minutes']]} rules={[(f) => timeRule(f, row.name)]} style={{ marginBottom: 8 }}>
                        <InputNumber min={0} max={24} precision={0} addonAfter={pw('common.hoursUnit')} style={{ width: 130 }} aria-label={`${pw('activity.time')} ${i + 1} ${pw('common.hoursUnit')}`} />
                      </Form.Item>
                      <Form.Item name={[row.name, 'minutes']} style={{ marginBottom: 8 }}>
                        <InputNumber min={0} max={59} precision={0} addonAfter={pw('common.minutesUnit')} style={{ width: 130 }} aria-label={`${pw('activity.time')} ${i + 1} ${pw('common.minutesUnit')}`} />
                      </Form.Item>
                      {rows.length > 1 ? <Button type="text" danger icon={<DeleteOutlined />} aria-label={pw('activity.removeRow')} onClick={() => remove(row.name)} /> : null}
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => addRow({ hours: 2, minutes: 0 })} data-testid="add-volunteer-row">
                    {pw('activity.addRow')}
                  </Button>
                  <Form.ErrorList errors={errors} />
                </>
              )}
            </Form.List>
          </Form>
        )}
      </div>
    </Modal>
  );
}
