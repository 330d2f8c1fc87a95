import i18n from 'i18next';
import { formatDate, formatDateTime, type AppLocale } from '../../lib/format';

/**
 * How the audit page shows what the trail stores: entity names, column
 * names, enum values and timestamps as a person reads them in their
 * language, never as the database spells them. A name with no translation
 * yet is shown as stored rather than hidden.
 */

// Keys are built from stored names, so they are checked at run time
// (i18n.exists) instead of by the typed key list.
const translate = i18n.t.bind(i18n) as (key: string, options: { lng: AppLocale }) => string;
const t = (key: string, lang: AppLocale): string | undefined =>
  i18n.exists(key, { lng: lang }) ? translate(key, { lng: lang }) : undefined;

/** The entity type (ServiceCase → 办件). */
export function entityText(type: string, lang: AppLocale): string {
  return t(`audit.entity.${type}`, lang) ?? type;
}

/** A changed column (submitted_at → 提交时间). */
export function columnText(column: string, lang: AppLocale): string {
  return t(`audit.column.${column}`, lang) ?? column;
}

/** Where each enum column's values are translated. */
const ENUM_KEYS: Record<string, string> = {
  state: 'casework.state',
  from_state: 'casework.state',
  to_state: 'casework.state',
  action: 'casework.event',
  decision: 'casework.decisionValue',
  delivery_method: 'casework.deliveryMethod',
  follow_up: 'casework.followUp',
  answer: 'casework.answer',
  kind: 'org.kind',
  stage: 'org.stage',
  charity_status: 'org.charityStatus',
  service_fields: 'org.serviceFieldValue',
  category: 'documents.category',
  role: 'users.role',
  status: 'users.status',
};

const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const MIDNIGHT_UTC_RE = /^\d{4}-\d{2}-\d{2}T00:00:00(\.0+)?Z$/;

/** One recorded value of column, as a person reads it. */
export function valueText(column: string, v: unknown, lang: AppLocale): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return translate(v ? 'common.yes' : 'common.no', { lng: lang });
  if (Array.isArray(v)) return v.map((x) => valueText(column, x, lang)).join(lang === 'zh-CN' ? '、' : ', ');
  if (typeof v === 'string') {
    // Calendar dates are stored as midnight UTC; instants carry a time.
    if (MIDNIGHT_UTC_RE.test(v) || /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v, lang);
    if (INSTANT_RE.test(v)) return formatDateTime(v, lang);
    const prefix = ENUM_KEYS[column];
    return (prefix && t(`${prefix}.${v}`, lang)) ?? v;
  }
  if (typeof v === 'number') return new Intl.NumberFormat(lang === 'zh-CN' ? 'zh-CN' : 'en-US').format(v);
  return JSON.stringify(v);
}
