import type { DocumentCategory } from '../../gql/graphql';

/** The categories in the order the upload form offers them: an organisation's papers first. */
export const DOCUMENT_CATEGORIES: readonly DocumentCategory[] = [
  'REGISTRATION_CERTIFICATE',
  'ARTICLES_OF_ASSOCIATION',
  'LEGAL_REPRESENTATIVE_ID',
  'CERTIFICATE',
  'FINANCIAL_STATEMENT',
  'PROPOSAL',
  'BUDGET',
  'AGREEMENT',
  'REPORT',
  'INVOICE',
  'PHOTO',
  'OTHER',
];

