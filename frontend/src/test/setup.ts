import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import i18n from 'i18next';
import { initI18n } from '../i18n';
import caseworkZh from '../i18n/casework.zh';
import caseworkEn from '../i18n/casework.en';

initI18n('zh-CN');
// What loadCaseworkTexts does when a casework page loads, at once for the tests.
i18n.addResourceBundle('zh-CN', 'translation', { casework: caseworkZh }, true, false);
i18n.addResourceBundle('en', 'translation', { casework: caseworkEn }, true, false);

// antd reads these browser APIs that happy-dom leaves out.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

afterEach(() => {
  cleanup();
});
