import { useCallback } from 'react';
import type { FormInstance } from 'antd';
import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { apiErrors, describeError, type ApiError } from '../../../lib/errors';
import type { AppLocale } from '../../../lib/format';

/** One problem of extensions.problems: a field and its message in both languages. */
export interface Problem {
  field: string;
  message: string;
  messageZH?: string;
}

export interface FieldError {
  /** The form's name path ("rules.2.pointsPerHour" → ["rules", 2, "pointsPerHour"]). */
  name: (string | number)[];
  errors: string[];
}

function isProblem(v: unknown): v is Problem {
  return typeof v === 'object' && v !== null && typeof (v as Problem).field === 'string' && typeof (v as Problem).message === 'string';
}

/** A server field ("input.fullMembers", "rules.0.pointsPerHour") as a form name path. */
export function namePath(field: string): (string | number)[] {
  const parts = field.split('.').filter((p) => p !== '');
  if (parts[0] === 'input' && parts.length > 1) parts.shift();
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Splits a failed mutation's errors into those of the form's fields (from
 * extensions.problems, each in the person's language, or from
 * extensions.field) and the rest (said above the form). `fields` are the
 * form's top-level field names.
 */
export function splitErrors(
  errors: readonly ApiError[],
  fields: readonly string[],
  lang: AppLocale,
  describe: (e: ApiError) => string,
): { placed: FieldError[]; rest: string[] } {
  const byField = new Map<string, string[]>();
  const rest: string[] = [];
  const put = (field: string, text: string) => {
    const path = namePath(field);
    if (!fields.includes(String(path[0]))) return false;
    const key = path.join('.');
    byField.set(key, [...(byField.get(key) ?? []), text]);
    return true;
  };
  for (const e of errors) {
    const problems = Array.isArray(e.extensions.problems) ? e.extensions.problems.filter(isProblem) : [];
    if (problems.length > 0) {
      for (const p of problems) {
        const text = lang === 'zh-CN' && p.messageZH ? p.messageZH : p.message;
        if (!put(p.field, text)) rest.push(text);
      }
      continue;
    }
    const text = describe(e);
    const raw = typeof e.extensions.field === 'string' ? e.extensions.field : e.field;
    if (!(raw && (e.code === 'BAD_USER_INPUT' || e.code === 'CONFLICT') && put(raw, text))) rest.push(text);
  }
  return { placed: [...byField].map(([key, errs]) => ({ name: namePath(key), errors: errs })), rest };
}

/**
 * Puts a failed mutation's errors next to the form's fields, in the
 * person's language, and answers the text of those no field shows (or
 * null): the dialogs show it in an alert above the form.
 */
export function useFieldErrors() {
  const { t } = useTranslation();
  return useCallback(
    <V,>(error: CombinedError, form: FormInstance<V>, fields: readonly string[]): string | null => {
      const { placed, rest } = splitErrors(apiErrors(error), fields, currentLanguage(), (e) => describeError(e, (k) => t(k)));
      if (placed.length > 0) form.setFields(placed as Parameters<FormInstance<V>['setFields']>[0]);
      return rest.length > 0 ? rest.join('；') : null;
    },
    [t],
  );
}
