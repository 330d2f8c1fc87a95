import type { DocumentExpiry } from '../../gql/graphql';

export type ExpiryTagKey = 'expired' | 'expiredToday' | 'expiresToday' | 'expiresInDays' | 'validUntil';

export interface ExpiryTagSpec {
  /** antd Tag colour. */
  color: 'error' | 'warning' | 'success';
  /** i18n key under documents.expiryTag. */
  key: ExpiryTagKey;
  /** Days left, or days past for an expired document (always ≥ 0). */
  days: number;
}

/**
 * The tag beside a document's title. The server decides the state (its
 * clock and the 30-day window); the days only word it. A document without
 * an expiry date gets no tag.
 */
export function expiryTag(expiry: DocumentExpiry, daysUntilExpiry: number | null | undefined): ExpiryTagSpec | null {
  const days = daysUntilExpiry ?? 0;
  switch (expiry) {
    case 'EXPIRED':
      return days < 0
        ? { color: 'error', key: 'expired', days: -days }
        : { color: 'error', key: 'expiredToday', days: 0 };
    case 'EXPIRING_SOON':
      return days <= 0
        ? { color: 'warning', key: 'expiresToday', days: 0 }
        : { color: 'warning', key: 'expiresInDays', days };
    case 'VALID':
      return { color: 'success', key: 'validUntil', days };
    case 'NONE':
      return null;
  }
}

/** How many documents need attention, for the warning above the list. */
export function expiryCounts(docs: readonly { expiry: DocumentExpiry }[]): { expired: number; soon: number } {
  let expired = 0;
  let soon = 0;
  for (const d of docs) {
    if (d.expiry === 'EXPIRED') expired++;
    else if (d.expiry === 'EXPIRING_SOON') soon++;
  }
  return { expired, soon };
}
