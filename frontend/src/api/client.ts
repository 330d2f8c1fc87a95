import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { currentLanguage } from '../i18n';

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called when any request other than login comes back UNAUTHENTICATED. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/**
 * The API lives on the same origin at /query and authenticates with an
 * HttpOnly session cookie, so no token is handled in JavaScript.
 */
export function createClient(url = '/query'): Client {
  return new Client({
    url,
    // The server writes BAD_USER_INPUT / CONFLICT messages in the language
    // named here, so they match the UI language rather than the browser's.
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: { 'Accept-Language': currentLanguage() === 'en' ? 'en' : 'zh-CN,zh;q=0.9' },
    }),
    requestPolicy: 'cache-and-network',
    // Always POST JSON: never puts variables in URLs or logs, and the server
    // may treat GET as a simple (CSRF-able) request.
    preferGetMethod: false,
    exchanges: [
      mapExchange({
        onError(error, operation) {
          const unauth = error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
          const isAuthOp = operation.query.definitions.some(
            (d) => d.kind === 'OperationDefinition' && (d.name?.value === 'Login' || d.name?.value === 'Me'),
          );
          if (unauth && !isAuthOp) unauthenticatedListeners.forEach((l) => l());
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
