import { describe, expect, it } from 'vitest';
import { FORM_EXPIRY_MARGIN_MS, POST_RETRY_DELAYS_MS, formExpired, postRetryDecision } from './retryPolicy';
import { UploadPostError } from './uploadPost';

describe('POST retry policy', () => {
  it('retries network failures twice, waiting longer each time, then gives up', () => {
    const err = new UploadPostError('network');
    expect(postRetryDecision(err, 0)).toEqual({ retry: true, delayMs: 1_000, freshForm: false });
    expect(postRetryDecision(err, 1)).toEqual({ retry: true, delayMs: 4_000, freshForm: false });
    expect(postRetryDecision(err, 2)).toEqual({ retry: false });
    expect(POST_RETRY_DELAYS_MS[1]).toBeGreaterThan(POST_RETRY_DELAYS_MS[0]);
  });

  it('retries timeouts and server-side errors', () => {
    expect(postRetryDecision(new UploadPostError('timeout'), 0)).toMatchObject({ retry: true });
    for (const status of [500, 502, 503, 504, 408, 429]) {
      expect(postRetryDecision(new UploadPostError('http', status), 0)).toMatchObject({ retry: true, freshForm: false });
    }
  });

  it('asks for a fresh form at once when storage says 403 (expired policy)', () => {
    expect(postRetryDecision(new UploadPostError('http', 403, 'AccessDenied'), 0)).toEqual({
      retry: true,
      delayMs: 0,
      freshForm: true,
    });
  });

  it('does not retry what would fail the same way, nor a cancel', () => {
    expect(postRetryDecision(new UploadPostError('http', 400, 'EntityTooLarge'), 0)).toEqual({ retry: false });
    expect(postRetryDecision(new UploadPostError('http', 413), 0)).toEqual({ retry: false });
    expect(postRetryDecision(new UploadPostError('aborted'), 0)).toEqual({ retry: false });
    expect(postRetryDecision(new Error('boom'), 0)).toEqual({ retry: false });
  });

  it('treats a form as expired a margin before its end', () => {
    const end = Date.parse('2025-01-01T10:15:00Z');
    const form = { expiresAt: '2025-01-01T10:15:00Z' };
    expect(formExpired(form, end - FORM_EXPIRY_MARGIN_MS - 1)).toBe(false);
    expect(formExpired(form, end - FORM_EXPIRY_MARGIN_MS)).toBe(true);
    expect(formExpired({ expiresAt: 'not a time' }, 0)).toBe(true);
  });
});
