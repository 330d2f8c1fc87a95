import { useCallback } from 'react';
import { App as AntApp } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClient, type AnyVariables, type TypedDocumentNode } from 'urql';
import type { CaseAction } from '../../../gql/graphql';
import { firstApiError, type ApiError } from '../../../lib/errors';
import { useErrorText } from '../../../components/States';

/** The reasons a step was refused because the case had moved on (reload, do not retry blindly). */
const MOVED_ON = new Set(['ILLEGAL_TRANSITION', 'STALE_STATE', 'NOTICE_ALREADY_ISSUED']);

/**
 * Runs one step of a case and says how it went. A refusal because someone
 * else moved the case first reloads it, so the buttons match its new state;
 * the error is also returned for forms that show it next to a field.
 */
export function useCaseStep(refresh: () => void) {
  const { t } = useTranslation();
  const client = useClient();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  return useCallback(
    async <D, V extends AnyVariables>(
      doc: TypedDocumentNode<D, V>,
      variables: V,
      action: CaseAction,
      successText?: string,
    ): Promise<ApiError | null> => {
      const res = await client.mutation(doc, variables).toPromise();
      if (res.error) {
        const e = firstApiError(res.error);
        if (e.code === 'CONFLICT' && e.reason && MOVED_ON.has(e.reason)) {
          message.warning(e.message || t('casework.refreshed'));
          refresh();
        } else if (e.code === 'FORBIDDEN' && e.reason === 'NOT_DELEGATED') {
          message.error(t('casework.decide.notDelegated'));
        } else {
          message.error(errorText(e));
        }
        return e;
      }
      message.success(successText ?? t(`casework.done.${action}`));
      refresh();
      return null;
    },
    [client, errorText, message, refresh, t],
  );
}
