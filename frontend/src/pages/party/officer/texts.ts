import { useCallback } from 'react';
import type zh from '../../../i18n/partyWork.zh';
import { usePT } from '../shared/texts';

/** Every dotted key of a text tree whose leaves are strings. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the officer's and NGO's texts (i18n/partyWork.zh.ts), without its "partyWork." prefix. */
export type PartyWorkKey = Leaves<typeof zh>;

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/**
 * The translate functions of the guidance officer's and NGO's pages: `pw`
 * for their own texts (i18n/partyWork.ts), `pt` for the shared party terms
 * (forms, kinds, activity types, field names: i18n/party.ts), `t` for the
 * app's. Their pages load both text sets (withPartyWorkTexts, withPartyTexts).
 */
export function usePW() {
  const { pt, t, lang } = usePT();
  const loose = t as unknown as LooseT;
  const pw = useCallback((key: PartyWorkKey, options?: Record<string, unknown>) => loose(`partyWork.${key}`, options), [loose]);
  return { pw, pt, t, lang };
}
