import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zh from './zh';
import en from './en';
import type { AppLocale } from '../lib/format';

export const LANGUAGES: readonly AppLocale[] = ['zh-CN', 'en'];
export const DEFAULT_LANGUAGE: AppLocale = 'zh-CN';
export const STORAGE_KEY = 'hatchery.lang';

export const resources = {
  'zh-CN': { translation: zh },
  en: { translation: en },
} as const;

function isLocale(v: unknown): v is AppLocale {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

/** The language remembered in localStorage, or the default. */
export function storedLanguage(): AppLocale {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    if (isLocale(v)) return v;
  } catch {
    // Storage may be unavailable (private mode); fall back to the default.
  }
  return DEFAULT_LANGUAGE;
}

export function currentLanguage(): AppLocale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

function applyToDocument(lng: AppLocale) {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lng;
    document.title = i18n.t('app.title');
  }
}

/** Switches the UI language and remembers the choice. */
export async function setLanguage(lng: AppLocale): Promise<void> {
  await i18n.changeLanguage(lng);
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not remembered, but the switch still applies to this page.
  }
  applyToDocument(lng);
}

export function initI18n(lng: AppLocale = storedLanguage()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      lng,
      fallbackLng: false,
      supportedLngs: LANGUAGES as AppLocale[],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  }
  applyToDocument(lng);
  return i18n;
}

export default i18n;
