import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import type { ApiError } from '../../../lib/errors';

/** One problem of a programme's application form, as the server lists it at submission. */
export interface ApplicationProblem {
  /** The form's field, in the form's own names (the programme panel marks it). */
  field: string;
  message: string;
  messageZH: string;
}

/** The problems a refused submission lists (reason APPLICATION_INCOMPLETE), or none. */
export function applicationProblems(e: ApiError | null): ApplicationProblem[] {
  if (!e || e.reason !== 'APPLICATION_INCOMPLETE' || !Array.isArray(e.extensions.problems)) return [];
  return e.extensions.problems.flatMap((p: unknown) => {
    const o = (p ?? {}) as Record<string, unknown>;
    return typeof o.field === 'string' && typeof o.message === 'string'
      ? [{ field: o.field, message: o.message, messageZH: typeof o.messageZH === 'string' ? o.messageZH : o.message }]
      : [];
  });
}

/** A problem's text in the reader's language. */
export function problemText(p: ApplicationProblem): string {
  return currentLanguage() === 'en' ? p.message : p.messageZH;
}

/** Every problem at once, above the form, so one pass fixes them all. */
export function ApplicationProblemsAlert({ problems }: { problems: ApplicationProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="application-problems"
      message={t('casework.applicationProblems', { count: problems.length })}
      description={
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {problems.map((p) => (
            <li key={`${p.field}:${p.message}`}>{problemText(p)}</li>
          ))}
        </ul>
      }
    />
  );
}
