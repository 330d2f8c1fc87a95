import { Button, Empty, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { describeError, firstApiError, type ApiError } from '../lib/errors';

export function Loading({ tip }: { tip?: string }) {
  const { t } = useTranslation();
  return (
    <div className="page-state" role="status" aria-live="polite" data-testid="loading">
      <Spin />
      <span className="page-state__text">{tip ?? t('common.loading')}</span>
    </div>
  );
}

export function useErrorText() {
  const { t } = useTranslation();
  return (e: ApiError) => describeError(e, (k) => t(k));
}

export function ErrorState({
  error,
  onRetry,
  title,
}: {
  error: CombinedError | ApiError;
  onRetry?: () => void;
  title?: string;
}) {
  const { t } = useTranslation();
  const text = useErrorText();
  const apiError = 'graphQLErrors' in error ? firstApiError(error) : error;
  const status = apiError.code === 'FORBIDDEN' ? '403' : apiError.code === 'NOT_FOUND' ? '404' : 'error';
  return (
    <Result
      status={status}
      title={title ?? t('errors.title')}
      subTitle={<span role="alert">{text(apiError)}</span>}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

export function EmptyState({ title, hint, action }: { title: string; hint?: string; action?: React.ReactNode }) {
  return (
    <Empty
      description={
        <div>
          <div className="empty-title">{title}</div>
          {hint ? <div className="empty-hint">{hint}</div> : null}
        </div>
      }
    >
      {action}
    </Empty>
  );
}
