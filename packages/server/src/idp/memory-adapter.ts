import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

/** Expired entries are swept after this many writes, so a long-running development server does not grow. */
const SWEEP_EVERY = 500;

interface Entry {
  payload: AdapterPayload;
  /** Milliseconds; undefined: kept until destroyed. */
  readonly expiresAt: number | undefined;
}

/**
 * The development identity provider's storage (oidc-provider's adapter): in memory, one store per provider, lost
 * on restart. That is what a development IdP wants; oidc-provider's own memory adapter does the same but shares
 * one store between every provider in the process, evicts beyond 1,000 entries, and warns on every start that
 * production must not use it. This one is never used in production either: config.ts refuses the dev IdP there.
 */
export function inMemoryAdapter(now: () => number = Date.now): AdapterFactory {
  const entries = new Map<string, Entry>();
  /** `uid:<session uid>` and `userCode:<code>` to the key of their entry. */
  const lookups = new Map<string, string>();
  const grants = new Map<string, Set<string>>();
  let writes = 0;

  const live = (key: string | undefined): Entry | undefined => {
    if (key === undefined) return undefined;
    const entry = entries.get(key);
    if (entry?.expiresAt !== undefined && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };

  const sweep = () => {
    for (const key of entries.keys()) live(key);
    for (const [lookup, key] of lookups) if (!entries.has(key)) lookups.delete(lookup);
    for (const [grantId, keys] of grants) {
      for (const key of keys) if (!entries.has(key)) keys.delete(key);
      if (keys.size === 0) grants.delete(grantId);
    }
  };

  return (model: string): Adapter => {
    const keyOf = (id: string) => `${model}:${id}`;
    return {
      async upsert(id, payload, expiresIn) {
        const key = keyOf(id);
        entries.set(key, { payload, expiresAt: expiresIn > 0 ? now() + expiresIn * 1000 : undefined });
        if (model === 'Session' && typeof payload.uid === 'string') lookups.set(`uid:${payload.uid}`, key);
        if (typeof payload.userCode === 'string') lookups.set(`userCode:${payload.userCode}`, key);
        if (typeof payload.grantId === 'string') {
          const keys = grants.get(payload.grantId) ?? new Set<string>();
          grants.set(payload.grantId, keys.add(key));
        }
        if (++writes % SWEEP_EVERY === 0) sweep();
      },
      async find(id) {
        return live(keyOf(id))?.payload;
      },
      async findByUid(uid) {
        return live(lookups.get(`uid:${uid}`))?.payload;
      },
      async findByUserCode(userCode) {
        return live(lookups.get(`userCode:${userCode}`))?.payload;
      },
      async consume(id) {
        const entry = live(keyOf(id));
        if (entry !== undefined) entry.payload = { ...entry.payload, consumed: Math.floor(now() / 1000) };
      },
      async destroy(id) {
        entries.delete(keyOf(id));
      },
      async revokeByGrantId(grantId) {
        for (const key of grants.get(grantId) ?? []) entries.delete(key);
        grants.delete(grantId);
      },
    };
  };
}
