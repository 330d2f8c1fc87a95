import i18n from 'i18next';

let loading: Promise<void> | null = null;

/** Adds the venture-grant staff and expert texts (both languages) when one of their pages loads. */
export function loadGrantStaffTexts(): Promise<void> {
  loading ??= Promise.all([import('./grantsStaff.zh'), import('./grantsStaff.en')]).then(([zh, en]) => {
    i18n.addResourceBundle('zh-CN', 'translation', { grantsStaff: zh.default }, true, false);
    i18n.addResourceBundle('en', 'translation', { grantsStaff: en.default }, true, false);
  });
  return loading;
}

/** A lazy page import that also waits for the venture-grant staff and expert texts. */
export function withGrantStaffTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadGrantStaffTexts()]).then(([m]) => m);
}
