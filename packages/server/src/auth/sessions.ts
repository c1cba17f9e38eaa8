import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '@intyg/core';
import type { Store } from '@intyg/store';
import { readSessionData, type SessionData } from './session-data.js';

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
  /** Opens a care session for an actor (tests and scripts); `open` is the general form. */
  start(actor: Actor): Promise<{ token: string; expiresAt: string }>;
  open(data: SessionData): Promise<{ token: string; expiresAt: string }>;
  /** The actor of a care session; undefined for no session, a pending unit choice or a citizen. */
  resolve(token: string | undefined): Promise<Actor | undefined>;
  read(token: string | undefined): Promise<SessionData | undefined>;
  end(token: string | undefined): Promise<void>;
}

const CACHE_MS = 10_000;
const CACHE_SIZE = 10_000;

interface CachedSession {
  readonly data: SessionData;
  readonly expiresAt: number;
  readonly cachedUntil: number;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export function createSessions(store: Store, ttlMinutes: number, now: () => Date = () => new Date()): Sessions {
  const cache = new Map<string, CachedSession>();
  const remember = (id: string, data: SessionData, expiresAt: string) => {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    const time = now().getTime();
    cache.set(id, { data, expiresAt: Date.parse(expiresAt), cachedUntil: time + CACHE_MS });
  };

  const open = async (data: SessionData) => {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now().getTime() + ttlMinutes * 60_000).toISOString();
    const id = hashToken(token);
    const userId = data.kind === 'citizen' ? data.personId : data.person.userId;
    await store.createSession({ id, userId, data, expiresAt });
    remember(id, data, expiresAt);
    return { token, expiresAt };
  };

  const read = async (token: string | undefined) => {
    if (!token) return undefined;
    const id = hashToken(token);
    const time = now().getTime();
    const cached = cache.get(id);
    if (cached && time < cached.cachedUntil && time < cached.expiresAt) return cached.data;
    cache.delete(id);
    const session = await store.getSession(id, new Date(time).toISOString());
    const data = readSessionData(session?.data);
    if (session && data) remember(id, data, session.expiresAt);
    return data;
  };

  return {
    start: (actor) => open(readSessionData({ actor })!),
    open,
    read,
    async resolve(token) {
      const data = await read(token);
      return data?.kind === 'care' ? data.actor : undefined;
    },
    async end(token) {
      if (!token) return;
      const id = hashToken(token);
      cache.delete(id);
      await store.deleteSession(id);
    },
  };
}
