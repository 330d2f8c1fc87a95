import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type zh from '../../../i18n/party.zh';
import { currentLanguage } from '../../../i18n';

/** Every dotted key of a text tree whose leaves are strings. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the party-building texts (i18n/party.zh.ts), without its "party." prefix. */
export type PartyKey = Leaves<typeof zh>;

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/**
 * The translate function of the party-building pages, checked against
 * party.zh.ts's keys. The texts load with the pages (i18n/party.ts,
 * withPartyTexts) under "party." in the one namespace; `t` is the app's
 * own (common.*, org.kind.*, errors.*).
 */
export function usePT() {
  const { t } = useTranslation();
  const loose = t as unknown as LooseT;
  const pt = useCallback((key: PartyKey, options?: Record<string, unknown>) => loose(`party.${key}`, options), [loose]);
  return { pt, t, lang: currentLanguage() };
}
