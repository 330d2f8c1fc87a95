import i18n from 'i18next';

let loading: Promise<void> | null = null;

/**
 * Adds the party-building texts (both languages) when a party page loads:
 * the shared terms (forms, kinds, activity types, field labels) and the
 * committee's, officer's and NGO's pages, under "party." in the one namespace.
 */
export function loadPartyTexts(): Promise<void> {
  loading ??= Promise.all([import('./party.zh'), import('./party.en')]).then(([zh, en]) => {
    i18n.addResourceBundle('zh-CN', 'translation', { party: zh.default }, true, false);
    i18n.addResourceBundle('en', 'translation', { party: en.default }, true, false);
  });
  return loading;
}

/** A lazy page import that also waits for the party-building texts. */
export function withPartyTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadPartyTexts()]).then(([m]) => m);
}
