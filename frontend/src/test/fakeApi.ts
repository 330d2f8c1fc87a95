import { vi } from 'vitest';
import { createClient } from '../api/client';

type Handler = (variables: Record<string, unknown>) => { data?: unknown; errors?: unknown[] };

/**
 * Stubs fetch so the real urql client talks to a fake /query that answers by
 * operation name. Returns the client and the list of operations seen.
 */
export function fakeApi(handlers: Record<string, Handler>) {
  const calls: { operationName: string; variables: Record<string, unknown> }[] = [];
  const fetchMock = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body ?? '{}')) as {
      operationName: string;
      variables?: Record<string, unknown>;
    };
    calls.push({ operationName: body.operationName, variables: body.variables ?? {} });
    const handler = handlers[body.operationName];
    const payload = handler
      ? handler(body.variables ?? {})
      : { errors: [{ message: 'no handler', extensions: { code: 'INTERNAL' } }] };
    return new Response(JSON.stringify(payload), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { client: createClient('http://localhost/query'), calls, fetchMock };
}
