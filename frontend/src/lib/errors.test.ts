import { describe, expect, it } from 'vitest';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { apiErrors, classifyLoginError, describeError, fieldName } from './errors';

function gqlError(message: string, extensions: Record<string, unknown>) {
  return new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });
}

const t = (k: string) => `T(${k})`;

describe('errors', () => {
  it('reads code, field and reason from extensions', () => {
    const [e] = apiErrors(gqlError('bad code', { code: 'BAD_USER_INPUT', field: 'input.contact_phone' }));
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactPhone', message: 'bad code' });
    expect(fieldName('uscc')).toBe('uscc');
  });

  it('shows the server message only for BAD_USER_INPUT and CONFLICT', () => {
    const bad = apiErrors(gqlError('校验位错误', { code: 'BAD_USER_INPUT' }))[0];
    const conflict = apiErrors(gqlError('stale version', { code: 'CONFLICT' }))[0];
    const internal = apiErrors(gqlError('pq: relation does not exist at main.go:42', { code: 'INTERNAL' }))[0];
    const unknown = apiErrors(gqlError('panic: nil pointer', {}))[0];
    expect(describeError(bad, t)).toBe('校验位错误');
    expect(describeError(conflict, t)).toBe('stale version');
    expect(describeError(internal, t)).toBe('T(errors.INTERNAL)');
    expect(describeError(unknown, t)).toBe('T(errors.UNKNOWN)');
  });

  it('maps network failures', () => {
    const [e] = apiErrors(new CombinedError({ networkError: new Error('fetch failed') }));
    expect(e.code).toBe('NETWORK');
    expect(describeError(e, t)).toBe('T(errors.NETWORK)');
  });

  it('classifies login failures', () => {
    const of = (msg: string, ext: Record<string, unknown>) => classifyLoginError(apiErrors(gqlError(msg, ext))[0]);
    expect(of('wrong username or password', { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' })).toBe(
      'invalidCredentials',
    );
    expect(of('locked until 10:00', { code: 'UNAUTHENTICATED', reason: 'ACCOUNT_LOCKED' })).toBe('locked');
    expect(of('x', { code: 'UNAUTHENTICATED', reason: 'ACCOUNT_DISABLED' })).toBe('disabled');
    expect(of('账号已锁定', { code: 'UNAUTHENTICATED' })).toBe('locked');
    expect(of('this account has been disabled', { code: 'UNAUTHENTICATED' })).toBe('disabled');
    expect(of('boom', { code: 'INTERNAL' })).toBe('other');
    // The per-address throttle is about the network, not the account.
    expect(of('too many failed logins', { code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS', retryAfter: 900 })).toBe(
      'tooManyAttempts',
    );
  });
});
