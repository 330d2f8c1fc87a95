import 'i18next';
import type zh from './zh';
import type casework from './casework.zh';
import type incubation from './incubation.zh';
import type grants from './grants.zh';
import type grantsStaff from './grantsStaff.zh';
import type party from './party.zh';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The casework, incubation, venture-grant and party-building texts are loaded with their pages (casework.ts,
    // incubation.ts, grants.ts, grantsStaff.ts, party.ts), under the same namespace.
    resources: {
      translation: typeof zh & { casework: typeof casework; incubation: typeof incubation; grants: typeof grants; grantsStaff: typeof grantsStaff; party: typeof party };
    };
  }
}
