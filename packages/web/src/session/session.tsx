import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/endpoints.js';
import { ApiError } from '../api/client.js';
import type { User } from '../api/types.js';

interface Session {
  /** undefined while the first `GET /api/me` is in flight; null when nobody is signed in. */
  readonly user: User | null | undefined;
  readonly login: (userId: string) => Promise<void>;
  readonly logout: () => Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);

  useEffect(() => {
    let active = true;
    api.me().then(
      (me) => active && setUser(me),
      (error: unknown) => {
        if (!active) return;
        if (!(error instanceof ApiError) || (error.status !== 401 && error.status !== 403)) console.error(error);
        setUser(null);
      },
    );
    return () => {
      active = false;
    };
  }, []);

  const login = useCallback(async (userId: string) => {
    const loggedIn = await api.login(userId);
    // The login answer may carry fewer details than /api/me (e.g. the unit name); prefer the full one.
    setUser(await api.me().catch(() => loggedIn));
  }, []);

  const logout = useCallback(async () => {
    await api.logout().catch(() => undefined);
    setUser(null);
  }, []);

  const value = useMemo<Session>(() => ({ user, login, logout }), [user, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}
