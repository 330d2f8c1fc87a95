import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { useApi } from '../api/ApiProvider';
import { onUnauthenticated } from '../api/client';
import { capabilities, type Capability } from './permissions';
import { firstApiError, type ApiError } from '../lib/errors';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      username
      displayName
      status
      permissions
      roleAssignments(first: 100) {
        edges {
          node {
            id
            role
            domainID
          }
        }
      }
      memberships {
        id
        organization {
          id
          name
        }
      }
    }
  }
`);

const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export type Me = NonNullable<MeQuery['me']>;

export type AuthState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError; retry: () => void }
  | { status: 'anonymous' }
  | { status: 'authenticated'; user: Me; roles: string[]; caps: Set<Capability> };

interface AuthContextValue {
  state: AuthState;
  /** Re-reads the session from the server, dropping cached data. */
  refresh: () => void;
  logout: () => Promise<void>;
  /** True after the server ended the session mid-use (shown on the login page). */
  expired: boolean;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function rolesOf(user: Me): string[] {
  const roles = (user.roleAssignments.edges ?? []).flatMap((e) => (e?.node ? [e.node.role] : []));
  return Array.from(new Set(roles));
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const { resetClient } = useApi();
  const [result, reexecute] = useQuery({ query: MeDocument, requestPolicy: 'cache-first' });
  const [, logoutMutation] = useMutation(LogoutDocument);

  const [expired, setExpired] = useState(false);

  useEffect(
    () =>
      onUnauthenticated(() => {
        setExpired(true);
        resetClient();
      }),
    [resetClient],
  );

  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const state = useMemo<AuthState>(() => {
    if (result.fetching && !result.data && !result.error) return { status: 'loading' };
    const user = result.data?.me;
    if (result.error && !user) {
      const error = firstApiError(result.error);
      if (error.code === 'UNAUTHENTICATED') return { status: 'anonymous' };
      return { status: 'error', error, retry };
    }
    if (!user) return { status: result.data ? 'anonymous' : 'loading' };
    const roles = rolesOf(user);
    const caps = capabilities(user.permissions);
    // "My organisation" needs an organisation: a platform admin's wildcard
    // permissions include read_own, but they belong to none.
    // The same holds for "my applications": one applies for an organisation.
    if ((user.memberships ?? []).length === 0) {
      caps.delete('org.own');
      caps.delete('case.readOwn');
      caps.delete('case.apply');
    }
    return { status: 'authenticated', user, roles, caps };
  }, [result, retry]);

  const logout = useCallback(async () => {
    await logoutMutation({});
    setExpired(false);
    resetClient();
  }, [logoutMutation, resetClient]);

  const refresh = useCallback(() => {
    setExpired(false);
    resetClient();
  }, [resetClient]);

  const value = useMemo(() => ({ state, refresh, logout, expired }), [state, refresh, logout, expired]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

/** The signed-in user; only for components rendered behind RequireAuth. */
export function useMe(): Extract<AuthState, { status: 'authenticated' }> {
  const { state } = useAuth();
  if (state.status !== 'authenticated') throw new Error('useMe without a signed-in user');
  return state;
}
