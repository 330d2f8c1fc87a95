import { useEffect, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useAuth } from '../auth/AuthProvider';
import { homePath } from '../auth/permissions';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { classifyLoginError, describeError, firstApiError, type LoginFailure } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { currentLanguage } from '../i18n';

const LoginDocument = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      expiresAt
      user {
        id
        username
      }
    }
  }
`);

interface LoginValues {
  username: string;
  password: string;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { state, refresh, expired } = useAuth();
  const [form] = Form.useForm<LoginValues>();
  const [{ fetching }, login] = useMutation(LoginDocument);
  const [failure, setFailure] = useState<LoginFailure | null>(null);
  // When the account is locked, the server says until when (RFC 3339).
  const [lockedUntil, setLockedUntil] = useState<string | null>(null);
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;

  useEffect(() => {
    if (failure) form.setFieldValue('password', '');
  }, [failure, form]);

  if (state.status === 'authenticated') {
    return <Navigate to={from && from !== '/login' ? from : homePath(state.caps)} replace />;
  }

  const onFinish = async (values: LoginValues) => {
    setFailure(null);
    setLockedUntil(null);
    const res = await login({ username: values.username.trim(), password: values.password });
    if (res.error || !res.data) {
      const err = res.error ? firstApiError(res.error) : null;
      setFailure(err ? classifyLoginError(err) : 'other');
      const until = err?.extensions.lockedUntil;
      const retryAfter = err?.extensions.retryAfter;
      setLockedUntil(
        typeof until === 'string'
          ? until
          : typeof retryAfter === 'number'
            ? new Date(Date.now() + retryAfter * 1000).toISOString()
            : null,
      );
      return;
    }
    // The session cookie is set; reading `me` again flips the auth state and
    // the redirect above takes over.
    refresh();
  };

  return (
    <main className="login-page">
      <div className="login-page__lang">
        <LanguageSwitch />
      </div>
      <Card className="login-card" variant="borderless">
        <div className="login-card__brand">
          <span className="app-logo__mark" aria-hidden>
            孵
          </span>
          <div>
            <Typography.Title level={1} className="login-card__title">
              {t('app.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('app.bureau')}</Typography.Text>
          </div>
        </div>
        <Typography.Paragraph type="secondary" className="login-card__subtitle">
          {t('login.subtitle')}
        </Typography.Paragraph>
        <Typography.Title level={2} className="login-card__heading">
          {t('login.title')}
        </Typography.Title>
        {expired && !failure && state.status !== 'error' ? (
          <Alert
            type="info"
            showIcon
            role="status"
            data-testid="session-expired"
            className="login-card__alert"
            message={t('login.sessionExpired')}
          />
        ) : null}
        {state.status === 'error' && !failure ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="session-error"
            className="login-card__alert"
            message={t('errors.title')}
            description={describeError(state.error, (k) => t(k))}
            action={
              <Button size="small" onClick={state.retry}>
                {t('common.retry')}
              </Button>
            }
          />
        ) : null}
        {failure ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="login-error"
            data-reason={failure}
            className="login-card__alert"
            message={t('login.failedTitle')}
            description={
              (failure === 'locked' || failure === 'tooManyAttempts') && lockedUntil
                ? t(`login.${failure}Until`, { time: formatDateTime(lockedUntil, currentLanguage()) })
                : t(`login.${failure}`)
            }
          />
        ) : null}
        <Form<LoginValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(v) => void onFinish(v)}
          data-testid="login-form"
          size="large"
        >
          <Form.Item
            label={t('login.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={t('login.password')}
            name="password"
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={fetching}>
            {t('login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph className="login-card__public" style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
          <Link to="/public/grants" data-testid="public-grants-link">
            {t('login.publicGrants')}
          </Link>
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
