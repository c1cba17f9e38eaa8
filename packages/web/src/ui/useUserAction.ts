import { useCallback, useState } from 'react';

/** An action the user started by a click: whether it is running, and why it failed, to show. */
export interface UserAction {
  readonly busy: boolean;
  /** The failure of the last run; cleared when the next starts. */
  readonly error: unknown;
  /** Runs `action`; a failure is kept in `error`, never thrown. */
  readonly run: (action: () => Promise<void>) => Promise<void>;
}

export function useUserAction(): UserAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
