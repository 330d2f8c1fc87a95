import { useState } from 'react';
import { Alert, App as AntApp, Button, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useNavigate } from 'react-router-dom';
import { useMe } from '../../auth/AuthProvider';
import { firstApiError } from '../../lib/errors';
import { useErrorText } from '../../components/States';
import { ActiveServiceItemsDocument } from './caseApi';
import { OpenCaseDocument } from './caseMutations';

interface Values {
  serviceItemID: string;
  organizationID: string;
  title: string;
}

/** "申请办理": choose a service item (and the organisation, for members of several), name the application. */
export function OpenCaseDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { user } = useMe();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [items] = useQuery({ query: ActiveServiceItemsDocument });
  const [{ fetching }, open] = useMutation(OpenCaseDocument);
  const [error, setError] = useState<string | null>(null);
  const orgs = (user.memberships ?? []).map((m) => m.organization);
  const options = (items.data?.serviceItems.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const chosenID = Form.useWatch('serviceItemID', form);
  const chosen = options.find((o) => o.id === chosenID);

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setError(null);
    const res = await open({ input: { serviceItemID: v.serviceItemID, organizationID: v.organizationID, title: v.title.trim() } });
    if (res.error || !res.data) {
      if (res.error) setError(errorText(firstApiError(res.error)));
      return;
    }
    message.success(t('casework.mine.opened'));
    onClose();
    navigate(`/cases/${res.data.openCase.id}`);
  };

  return (
    <Modal
      open
      title={t('casework.mine.openTitle')}
      onCancel={onClose}
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={fetching} onClick={() => void submit()} data-testid="open-case-ok">
          {t('common.confirm')}
        </Button>,
      ]}
    >
      <div data-testid="open-case-dialog">
        {error ? <Alert type="error" showIcon role="alert" className="form-alert" message={error} /> : null}
        <Form form={form} layout="vertical" initialValues={{ organizationID: orgs[0]?.id }}>
          <Form.Item
            label={t('casework.fields.item')}
            name="serviceItemID"
            rules={[{ required: true, message: t('common.requiredSelect', { field: t('casework.fields.item') }) }]}
            extra={chosen ? t('casework.mine.itemHint', { promised: chosen.promisedDays, statutory: chosen.statutoryDays }) : undefined}
          >
            <Select
              loading={items.fetching}
              options={options.map((o) => ({ value: o.id, label: o.name, title: o.name }))}
              data-testid="open-case-item"
            />
          </Form.Item>
          {orgs.length > 1 ? (
            <Form.Item label={t('casework.fields.organization')} name="organizationID" rules={[{ required: true }]}>
              <Select options={orgs.map((o) => ({ value: o.id, label: o.name }))} />
            </Form.Item>
          ) : (
            <Form.Item name="organizationID" hidden>
              <Input />
            </Form.Item>
          )}
          <Form.Item
            label={t('casework.fields.title')}
            name="title"
            rules={[
              { required: true, whitespace: true, message: t('common.required', { field: t('casework.fields.title') }) },
              { max: 200 },
            ]}
          >
            <Input maxLength={200} placeholder={t('casework.mine.titlePlaceholder')} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
