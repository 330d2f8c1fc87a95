import i18n from 'i18next';

let loading: Promise<void> | null = null;

/**
 * Adds the guidance officer's and the NGO's party-building texts (both
 * languages) when one of their pages loads, under "partyWork." in the one
 * namespace. Their pages also load the shared party terms (party.ts).
 */
export function loadPartyWorkTexts(): Promise<void> {
  loading ??= Promise.all([import('./partyWork.zh'), import('./partyWork.en')]).then(([zh, en]) => {
    i18n.addResourceBundle('zh-CN', 'translation', { partyWork: zh.default }, true, false);
    i18n.addResourceBundle('en', 'translation', { partyWork: en.default }, true, false);
  });
  return loading;
}

/** A lazy page import that also waits for the officer's and NGO's party-building texts. */
export function withPartyWorkTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadPartyWorkTexts()]).then(([m]) => m);
}
