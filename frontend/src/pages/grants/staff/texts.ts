import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type zh from '../../../i18n/grantsStaff.zh';
import { currentLanguage } from '../../../i18n';

/** Every dotted key of a text tree whose leaves are strings. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the venture-grant staff and expert texts (i18n/grantsStaff.zh.ts), without its "grantsStaff." prefix. */
export type GrantStaffKey = Leaves<typeof zh>;

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/**
 * The translate function of the venture-grant staff and expert pages,
 * checked against grantsStaff.zh.ts's keys. The texts are loaded with the
 * pages (i18n/grantsStaff.ts) under "grantsStaff." in the one namespace.
 */
export function useGT() {
  const { t } = useTranslation();
  const loose = t as unknown as LooseT;
  const gt = useCallback((key: GrantStaffKey, options?: Record<string, unknown>) => loose(`grantsStaff.${key}`, options), [loose]);
  return { gt, t, lang: currentLanguage() };
}
