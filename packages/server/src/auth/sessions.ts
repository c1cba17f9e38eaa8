import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '@intyg/core';
import type { Store } from '@intyg/store';

export const SESSION_COOKIE = 'intyg_session';

/**
 * Server-side sessions. The cookie holds a random token; the database holds only its
 * SHA-256, so a copy of the database does not let anyone take over a session.
 *
 * Resolved sessions are remembered in memory for a few seconds, so most requests need no
 * session query. Logging out on this node takes effect at once; on other nodes of a
 * cluster within `CACHE_MS`.
 */
export interface Sessions {
  start(actor: Actor): Promise<{ token: string; expiresAt: string }>;
  resolve(token: string | undefined): Promise<Actor | undefined>;
  end(token: string | undefined): Promise<void>;
}

const CACHE_MS = 10_000;
const CACHE_SIZE = 10_000;

interface CachedSession {
  readonly actor: Actor;
  readonly expiresAt: number;
  readonly cachedUntil: number;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export function createSessions(store: Store, ttlMinutes: number, now: () => Date = () => new Date()): Sessions {
  const cache = new Map<string, CachedSession>();
  const remember = (id: string, actor: Actor, expiresAt: string) => {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    const time = now().getTime();
    cache.set(id, { actor, expiresAt: Date.parse(expiresAt), cachedUntil: time + CACHE_MS });
  };

  return {
    async start(actor) {
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now().getTime() + ttlMinutes * 60_000).toISOString();
      const id = hashToken(token);
      await store.createSession({ id, userId: actor.userId, data: { actor }, expiresAt });
      remember(id, actor, expiresAt);
      return { token, expiresAt };
    },
    async resolve(token) {
      if (!token) return undefined;
      const id = hashToken(token);
      const time = now().getTime();
      const cached = cache.get(id);
      if (cached && time < cached.cachedUntil && time < cached.expiresAt) return cached.actor;
      cache.delete(id);
      const session = await store.getSession(id, new Date(time).toISOString());
      const actor = (session?.data as { actor?: Actor } | undefined)?.actor;
      if (session && actor) remember(id, actor, session.expiresAt);
      return actor;
    },
    async end(token) {
      if (!token) return;
      const id = hashToken(token);
      cache.delete(id);
      await store.deleteSession(id);
    },
  };
}
