import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider, type Client } from 'urql';
import { createClient } from './client';

interface ApiContextValue {
  /** Drops every cached result by starting a fresh client (after login or logout). */
  resetClient: () => void;
}

const ApiContext = createContext<ApiContextValue>({ resetClient: () => undefined });

export function ApiProvider({ children, client: initial }: { children: ReactNode; client?: Client }) {
  const [client, setClient] = useState<Client>(() => initial ?? createClient());
  const resetClient = useCallback(() => setClient(createClient()), []);
  const value = useMemo(() => ({ resetClient }), [resetClient]);
  return (
    <ApiContext.Provider value={value}>
      <Provider value={client}>{children}</Provider>
    </ApiContext.Provider>
  );
}

export function useApi(): ApiContextValue {
  return useContext(ApiContext);
}
