import { App } from 'antd';
import type { OperationResult } from 'urql';
import { firstApiError } from '../lib/errors';
import { useErrorText } from './States';

/**
 * Runs a mutation, tells the person how it went (the server's own words
 * for BAD_USER_INPUT and CONFLICT, in their language) and answers its data,
 * or null when it failed. Without `ok` it says nothing on success
 * (autosave). Every programme's pages use it.
 */
export function useRun() {
  const { message } = App.useApp();
  const text = useErrorText();
  return async function run<D>(p: Promise<OperationResult<D>>, ok?: string): Promise<D | null> {
    const r = await p;
    if (r.error) {
      message.error(text(firstApiError(r.error)));
      return null;
    }
    if (ok) message.success(ok);
    return r.data ?? null;
  };
}
