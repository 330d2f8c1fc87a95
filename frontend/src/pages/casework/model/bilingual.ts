import type { AppLocale } from '../../../lib/format';

/**
 * Some fixed server texts carry both languages as "中文 / English" (the
 * notice's consequence is printed once and read by both). Shows the part in
 * the UI language; text without the separator is shown whole.
 */
export function localPart(text: string, locale: AppLocale): string {
  const i = text.indexOf(' / ');
  if (i < 0) return text;
  const zh = text.slice(0, i).trim();
  const en = text.slice(i + 3).trim();
  return (locale === 'en' ? en : zh) || text;
}
