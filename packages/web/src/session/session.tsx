import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/endpoints.js';
import { ApiError } from '../api/client.js';
import type { User } from '../api/types.js';
import { takeMe } from '../api/early-requests.js';
import { sessionApi, type Me, type UnitChoice } from './session-api.js';

interface Session {
  /** The care user with a chosen unit; undefined while the first `GET /api/me` is in flight, else null. */
  readonly user: User | null | undefined;
  /** Logged in but not yet in a unit: the person chooses among `units`. */
  readonly pending: User | null;
  /** Logged in with BankID as a private person: no access to the care service. */
  readonly citizen: { readonly name: string } | null;
  /** The care units the person may work in. */
  readonly units: readonly UnitChoice[];
  readonly login: (userId: string) => Promise<void>;
  readonly chooseUnit: (unitId: string) => Promise<void>;
  readonly logout: () => Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

const NOBODY: Me | null = null;

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  const load = useCallback(
    () =>
      sessionApi.me().then(setMe, (error: unknown) => {
        if (!(error instanceof ApiError) || (error.status !== 401 && error.status !== 403)) console.error(error);
        setMe(NOBODY);
      }),
    [],
  );

  useEffect(() => {
    let active = true;
    takeMe().then(
      (me) => active && setMe(me),
      (error: unknown) => {
        if (!active) return;
        if (!(error instanceof ApiError) || (error.status !== 401 && error.status !== 403)) console.error(error);
        setMe(NOBODY);
      },
    );
    return () => {
      active = false;
    };
  }, []);

  const login = useCallback(
    async (userId: string) => {
      await api.login(userId);
      await load();
    },
    [load],
  );

  const chooseUnit = useCallback(
    async (unitId: string) => {
      await sessionApi.chooseUnit(unitId);
      await load();
    },
    [load],
  );

  const logout = useCallback(async () => {
    await api.logout().catch(() => undefined);
    setMe(NOBODY);
  }, []);

  const value = useMemo<Session>(
    () => ({
      user: me === undefined ? undefined : me?.kind === 'care' ? me.user : null,
      pending: me?.kind === 'pendingUnit' ? me.user : null,
      citizen: me?.kind === 'citizen' ? me.user : null,
      units: me?.units ?? [],
      login,
      chooseUnit,
      logout,
    }),
    [me, login, chooseUnit, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}
