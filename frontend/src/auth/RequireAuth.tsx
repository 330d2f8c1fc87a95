import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from './AuthProvider';
import type { Capability } from './permissions';
import { ErrorState, Loading } from '../components/States';

/** Renders children for a signed-in user holding cap (if given). */
export function RequireAuth({ children, cap }: { children: ReactNode; cap?: Capability | Capability[] }) {
  const { state } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={state.retry} />;
  if (state.status === 'anonymous') {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  const needed = cap === undefined ? [] : Array.isArray(cap) ? cap : [cap];
  if (needed.length > 0 && !needed.some((c) => state.caps.has(c))) {
    return <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.description')} />;
  }
  return <>{children}</>;
}
