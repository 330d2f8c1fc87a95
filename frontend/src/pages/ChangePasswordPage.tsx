import { useState } from 'react';
import { Alert, App as AntApp, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { apiErrors, describeError, type ApiError } from '../lib/errors';

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`);

export const MIN_PASSWORD = 8;

interface Values {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, change] = useMutation(ChangePasswordDocument);
  const [error, setError] = useState<ApiError | null>(null);

  const onFinish = async (v: Values) => {
    setError(null);
    const res = await change({ oldPassword: v.oldPassword, newPassword: v.newPassword });
    if (res.error) {
      const errs = apiErrors(res.error);
      const fieldErrs = errs.filter((e) => e.field === 'oldPassword' || e.field === 'newPassword');
      if (fieldErrs.length > 0) {
        form.setFields(fieldErrs.map((e) => ({ name: e.field as keyof Values, errors: [describeError(e, (k) => t(k))] })));
      } else {
        setError(errs[0]);
      }
      return;
    }
    form.resetFields();
    message.success(t('account.changed'));
  };

  return (
    <div className="page page--narrow">
      <Typography.Title level={1} className="page-title">
        {t('account.changePassword')}
      </Typography.Title>
      <Card className="form-card form-card--small">
        {error ? (
          <Alert type="error" showIcon role="alert" className="form-alert" message={describeError(error, (k) => t(k))} />
        ) : null}
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
          <Form.Item
            label={t('account.oldPassword')}
            name="oldPassword"
            rules={[{ required: true, message: t('common.required', { field: t('account.oldPassword') }) }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            label={t('account.newPassword')}
            name="newPassword"
            rules={[
              { required: true, message: t('common.required', { field: t('account.newPassword') }) },
              { min: MIN_PASSWORD, message: t('account.tooShort', { min: MIN_PASSWORD }) },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label={t('account.confirmPassword')}
            name="confirm"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('common.required', { field: t('account.confirmPassword') }) },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || getFieldValue('newPassword') === value
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('account.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={fetching}>
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
