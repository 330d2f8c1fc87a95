import type { CombinedError } from '@urql/core';

/** The codes the API puts in extensions.code of every GraphQL error. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INTERNAL',
  /** A service the request needs (object storage) is down for now; trying later may work. */
  'UNAVAILABLE',
] as const;

export type ApiErrorCode = (typeof ERROR_CODES)[number] | 'NETWORK' | 'UNKNOWN';

export interface ApiError {
  code: ApiErrorCode;
  /** The server's message; shown to people only for BAD_USER_INPUT and CONFLICT. */
  message: string;
  /** Input field the error concerns (camelCase, last path segment), if any. */
  field?: string;
  /** Extra, finer reason from extensions (for example LOCKED on login). */
  reason?: string;
  extensions: Record<string, unknown>;
}

function toCamel(s: string): string {
  return s.replace(/[_-]([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Normalises "input.uscc", "uscc", "contact_phone" to a form field name. */
export function fieldName(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw === '') return undefined;
  const parts = raw.split('.');
  return toCamel(parts[parts.length - 1]);
}

function isCode(v: unknown): v is ApiErrorCode {
  return typeof v === 'string' && (ERROR_CODES as readonly string[]).includes(v);
}

/** Turns an urql error into a list of API errors (never empty). */
export function apiErrors(error: CombinedError): ApiError[] {
  const out: ApiError[] = [];
  for (const ge of error.graphQLErrors) {
    const ext = (ge.extensions ?? {}) as Record<string, unknown>;
    const code = isCode(ext.code) ? ext.code : 'UNKNOWN';
    const reason = typeof ext.reason === 'string' ? ext.reason : undefined;
    out.push({
      code,
      message: ge.message,
      field: fieldName(ext.field),
      reason,
      extensions: ext,
    });
  }
  if (out.length === 0) {
    const status = (error.response as { status?: number } | undefined)?.status;
    out.push({
      code: status === 401 ? 'UNAUTHENTICATED' : error.networkError ? 'NETWORK' : 'UNKNOWN',
      message: '',
      extensions: {},
    });
  }
  return out;
}

export function firstApiError(error: CombinedError): ApiError {
  return apiErrors(error)[0];
}

/** Whether people may read the server's own message for this error. */
export function isHumanMessage(e: ApiError): boolean {
  return (e.code === 'BAD_USER_INPUT' || e.code === 'CONFLICT') && e.message.trim() !== '';
}

/** The i18n key of the friendly message for an error code. */
export function errorKey(code: ApiErrorCode): `errors.${ApiErrorCode}` {
  return `errors.${code}`;
}

/**
 * The message to show for an error: the server's text for the codes whose
 * messages are written for people, otherwise a localised generic message.
 * Raw text of other errors (which may hold internals) is never shown.
 */
export function describeError(e: ApiError, t: (key: `errors.${ApiErrorCode}`) => string): string {
  if (isHumanMessage(e)) return e.message;
  return t(errorKey(e.code));
}

export type LoginFailure = 'invalidCredentials' | 'locked' | 'tooManyAttempts' | 'disabled' | 'other';

/**
 * Classifies a failed login. The server answers UNAUTHENTICATED for all of
 * them; extensions.reason (when present) or the message tells them apart.
 */
export function classifyLoginError(e: ApiError): LoginFailure {
  const reason = (e.reason ?? '').toUpperCase();
  const msg = e.message.toLowerCase();
  // Too many failures from this address, on any accounts (the server's
  // per-address throttle): not about this account.
  if (reason === 'TOO_MANY_ATTEMPTS') return 'tooManyAttempts';
  if (reason.includes('LOCK') || /lock|锁/.test(msg)) return 'locked';
  if (reason.includes('DISABLED') || /disabled|停用|禁用/.test(msg)) return 'disabled';
  if (
    e.code === 'UNAUTHENTICATED' ||
    reason.includes('CREDENTIAL') ||
    /password|credential|密码/.test(msg)
  ) {
    return 'invalidCredentials';
  }
  if (e.code === 'BAD_USER_INPUT') return 'invalidCredentials';
  return 'other';
}
