import i18n from 'i18next';

let loading: Promise<void> | null = null;

/** Adds the incubation texts (both languages) when an incubation page loads. */
export function loadIncubationTexts(): Promise<void> {
  loading ??= Promise.all([import('./incubation.zh'), import('./incubation.en')]).then(([zh, en]) => {
    i18n.addResourceBundle('zh-CN', 'translation', { incubation: zh.default }, true, false);
    i18n.addResourceBundle('en', 'translation', { incubation: en.default }, true, false);
  });
  return loading;
}

/** A lazy page import that also waits for the incubation texts. */
export function withIncubationTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadIncubationTexts()]).then(([m]) => m);
}
