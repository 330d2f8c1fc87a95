import { describe, expect, it } from 'vitest';
import { expiryCounts, expiryTag } from './expiry';

describe('expiry tag', () => {
  it('shows nothing for a document without an expiry date', () => {
    expect(expiryTag('NONE', null)).toBeNull();
  });

  it('warns with the days left when expiring soon', () => {
    expect(expiryTag('EXPIRING_SOON', 12)).toEqual({ color: 'warning', key: 'expiresInDays', days: 12 });
    expect(expiryTag('EXPIRING_SOON', 0)).toEqual({ color: 'warning', key: 'expiresToday', days: 0 });
  });

  it('marks an expired document red with the days past', () => {
    expect(expiryTag('EXPIRED', -3)).toEqual({ color: 'error', key: 'expired', days: 3 });
    // The server's state wins even if the day count has not turned negative yet.
    expect(expiryTag('EXPIRED', 0)).toEqual({ color: 'error', key: 'expiredToday', days: 0 });
  });

  it('marks a valid document green', () => {
    expect(expiryTag('VALID', 200)).toMatchObject({ color: 'success', key: 'validUntil' });
  });

  it('counts the documents that need attention', () => {
    const docs = [{ expiry: 'EXPIRED' }, { expiry: 'EXPIRING_SOON' }, { expiry: 'EXPIRING_SOON' }, { expiry: 'VALID' }, { expiry: 'NONE' }] as const;
    expect(expiryCounts(docs)).toEqual({ expired: 1, soon: 2 });
  });
});
