import i18n from 'i18next';

let loading: Promise<void> | null = null;

/**
 * Adds the casework texts (both languages, so switching needs no wait) to
 * the translation namespace. They come with the casework pages rather than
 * with the first load, which only people who handle or file cases need.
 */
export function loadCaseworkTexts(): Promise<void> {
  loading ??= Promise.all([import('./casework.zh'), import('./casework.en')]).then(([zh, en]) => {
    i18n.addResourceBundle('zh-CN', 'translation', { casework: zh.default }, true, false);
    i18n.addResourceBundle('en', 'translation', { casework: en.default }, true, false);
  });
  return loading;
}

/** A lazy page import that also waits for the casework texts. */
export function withCaseworkTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadCaseworkTexts()]).then(([m]) => m);
}
