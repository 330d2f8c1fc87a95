import 'i18next';
import type zh from './zh';
import type casework from './casework.zh';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The casework texts are loaded with the casework pages (casework.ts), under the same namespace.
    resources: { translation: typeof zh & { casework: typeof casework } };
  }
}
