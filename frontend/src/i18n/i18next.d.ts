import 'i18next';
import type zh from './zh';
import type casework from './casework.zh';
import type incubation from './incubation.zh';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The casework and incubation texts are loaded with their pages (casework.ts, incubation.ts), under the same namespace.
    resources: { translation: typeof zh & { casework: typeof casework; incubation: typeof incubation } };
  }
}
