import type { UploadForm } from './uploadPost';
import { UploadPostError } from './uploadPost';

/** Waits before the automatic second and third tries of a POST. */
export const POST_RETRY_DELAYS_MS: readonly number[] = [1_000, 4_000];

/**
 * A form is treated as expired this long before its stated end: the upload
 * itself takes time, and the browser's clock may differ from the server's.
 */
export const FORM_EXPIRY_MARGIN_MS = 60_000;

export function formExpired(form: Pick<UploadForm, 'expiresAt'>, nowMs: number): boolean {
  const end = Date.parse(form.expiresAt);
  return Number.isNaN(end) || nowMs >= end - FORM_EXPIRY_MARGIN_MS;
}

export type RetryDecision =
  | { retry: false }
  /** Try again after delayMs; with freshForm, ask the server for a new form first. */
  | { retry: true; delayMs: number; freshForm: boolean };

/**
 * What to do after the POST's `attempt`-th try (0-based) failed. Network
 * trouble and server-side 5xx are worth another go after a pause; 403 from
 * object storage mostly means the signed policy expired (clock skew, a
 * long wait), which a fresh form fixes; any other 4xx (too large, bad
 * type) and a cancel by the user will fail the same way again.
 */
export function postRetryDecision(err: unknown, attempt: number): RetryDecision {
  if (!(err instanceof UploadPostError)) return { retry: false };
  if (attempt >= POST_RETRY_DELAYS_MS.length) return { retry: false };
  const delayMs = POST_RETRY_DELAYS_MS[attempt];
  switch (err.kind) {
    case 'aborted':
      return { retry: false };
    case 'network':
    case 'timeout':
      return { retry: true, delayMs, freshForm: false };
    case 'http':
      if (err.status === 403) return { retry: true, delayMs: 0, freshForm: true };
      if (err.status >= 500 || err.status === 408 || err.status === 429) {
        return { retry: true, delayMs, freshForm: false };
      }
      return { retry: false };
  }
}
