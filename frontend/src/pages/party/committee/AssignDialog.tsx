import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { ErrorState, Loading } from '../../../components/States';
import { chinaToday, dayOrUndefined } from '../shared/dates';
import { useFieldErrors } from '../shared/errors';
import { usePT } from '../shared/texts';
import { AssignOfficerDocument, OfficersDocument } from './api';
import { OfficerPicker } from './OfficerPicker';

interface Values {
  officerID?: string;
  startOn: string;
  note?: string;
}

const FIELDS = ['officerID', 'startOn', 'note'] as const;

/**
 * Sends a guidance officer to an organisation with no party organisation:
 * the active officers with each one's load against the county's maximum
 * (full ones disabled), the start date (today unless changed) and a note.
 * The server's refusals (OFFICER_FULL, ALREADY_COVERED, ALREADY_ASSIGNED…)
 * show next to the field they concern, or above the form, in the person's
 * language.
 */
export function AssignDialog({
  organization,
  onClose,
  onDone,
}: {
  organization: { id: string; name: string };
  onClose: () => void;
  onDone: () => void;
}) {
  const { pt } = usePT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const place = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const [officers, reexecute] = useQuery({ query: OfficersDocument, variables: { activeOnly: true }, requestPolicy: 'network-only' });
  const [{ fetching }, assign] = useMutation(AssignOfficerDocument);
  const list = (officers.data?.guidanceOfficers.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const today = chinaToday();

  const submit = async () => {
    setFormError(null);
    const v = await form.validateFields();
    const r = await assign(
      { organizationID: organization.id, officerID: v.officerID ?? '', startOn: dayOrUndefined(v.startOn), note: v.note?.trim() || undefined },
      { additionalTypenames: ['OfficerAssignment', 'GuidanceOfficer', 'PartyCoverage', 'CoverageRowConnection'] },
    );
    if (r.error) {
      setFormError(place(r.error, form, FIELDS));
      // A full officer's load may have changed meanwhile: show the loads now.
      reexecute({ requestPolicy: 'network-only' });
      return;
    }
    const officer = list.find((o) => o.id === v.officerID)?.name ?? '';
    message.success(pt('assign.done', { officer, org: organization.name }));
    onDone();
  };

  return (
    <Modal
      open
      width={680}
      title={pt('assign.title', { org: organization.name })}
      okText={pt('assign.submit')}
      onOk={() => void submit()}
      okButtonProps={{ disabled: list.length === 0 }}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
    >
      {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} data-testid="assign-error" /> : null}
      {officers.error && !officers.data ? (
        <ErrorState error={officers.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : officers.fetching && !officers.data ? (
        <Loading />
      ) : (
        <Form form={form} layout="vertical" initialValues={{ startOn: today }} data-testid="assign-form">
          <Form.Item
            name="officerID"
            label={pt('assign.officers')}
            extra={<Typography.Text type="secondary">{pt('assign.officersHint')}</Typography.Text>}
            rules={[{ required: true, message: pt('assign.pickOfficer') }]}
          >
            <OfficerPicker officers={list} />
          </Form.Item>
          <Form.Item name="startOn" label={pt('assign.startOn')} rules={[{ required: true }]}>
            <Input type="date" max={today} style={{ width: 200 }} data-testid="assign-start" />
          </Form.Item>
          <Form.Item name="note" label={pt('assign.note')}>
            <Input.TextArea rows={2} maxLength={500} placeholder={pt('assign.notePlaceholder')} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
