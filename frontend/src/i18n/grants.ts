import i18n from 'i18next';

let loading: Promise<void> | null = null;

/** Adds the venture-grant texts (both languages) when a grants page or panel loads. */
export function loadGrantTexts(): Promise<void> {
  loading ??= Promise.all([import('./grants.zh'), import('./grants.en')]).then(([zh, en]) => {
    i18n.addResourceBundle('zh-CN', 'translation', { grants: zh.default }, true, false);
    i18n.addResourceBundle('en', 'translation', { grants: en.default }, true, false);
  });
  return loading;
}

/** A lazy page import that also waits for the venture-grant texts. */
export function withGrantTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadGrantTexts()]).then(([m]) => m);
}
