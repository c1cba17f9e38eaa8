import { createHash, randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Actor } from '@intyg/core';
import type { Store } from '@intyg/store';
import { readSessionData, type SessionData } from './session-data.js';

export const SESSION_COOKIE = 'intyg_session';

/**
 * Server-side sessions. The cookie holds a random token; the database holds only its
 * SHA-256, so a copy of the database does not let anyone take over a session.
 *
 * A session ends at the first of two deadlines: its idle deadline (`idleMinutes` after the last
 * activity) and its absolute end (`ttlMinutes` after it was opened). The store's `expiresAt` is the
 * idle deadline, never past the absolute end; the absolute end is `createdAt + ttlMinutes`, so no
 * column records either beyond what the store has. Activity moves the idle deadline in memory at
 * once, but is written to the database at most once per `TOUCH_MS`: a session may therefore time out
 * up to a minute before a full idle period when its node's cache lapses, never later.
 *
 * Resolved sessions are remembered in memory for a few seconds, so most requests need no
 * session query. Logging out on this node takes effect at once; on other nodes of a
 * cluster within `CACHE_MS`.
 */
export interface Sessions {
  /**
   * Opens a care session for an actor (tests and scripts); `open` is the general form. `expiresAt` is
   * the session's absolute end, which is when its cookie should expire.
   */
  start(actor: Actor): Promise<{ token: string; expiresAt: string }>;
  open(data: SessionData): Promise<{ token: string; expiresAt: string }>;
  /** The actor of a care session; undefined for no session, a pending unit choice or a citizen. */
  resolve(token: string | undefined): Promise<Actor | undefined>;
  /** The session's data, counting as activity; undefined (and the session deleted) once it timed out. */
  read(token: string | undefined): Promise<SessionData | undefined>;
  end(token: string | undefined): Promise<void>;
}

export interface SessionLimits {
  /** Minutes without activity after which a session ends. */
  readonly idleMinutes: number;
  /** The absolute lifetime in minutes, whatever the activity. */
  readonly ttlMinutes: number;
}

const CACHE_MS = 10_000;
const CACHE_SIZE = 10_000;
const TOUCH_MS = 60_000;

interface CachedSession {
  readonly data: SessionData;
  /** The idle deadline as this node knows it: moved by every request. */
  idleUntil: number;
  /** The idle deadline as the database holds it. */
  storedUntil: number;
  readonly absoluteEnd: number;
  readonly cachedUntil: number;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export function createSessions(store: Store, limits: SessionLimits, now: () => Date = () => new Date()): Sessions {
  const idleMs = limits.idleMinutes * 60_000;
  const ttlMs = limits.ttlMinutes * 60_000;
  const cache = new Map<string, CachedSession>();
  // The stored id of each token seen lately: every API request names its session, and hashing the token each
  // time cost more than the rest of finding the session in the cache.
  const tokenIds = new LRUCache<string, string>({ max: CACHE_SIZE });
  const idOfToken = (token: string): string => {
    let id = tokenIds.get(token);
    if (id === undefined) tokenIds.set(token, (id = hashToken(token)));
    return id;
  };
  const remember = (id: string, data: SessionData, createdAt: number, expiresAt: number) => {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    const absoluteEnd = createdAt + ttlMs;
    const idleUntil = Math.min(expiresAt, absoluteEnd);
    const entry = { data, idleUntil, storedUntil: idleUntil, absoluteEnd, cachedUntil: now().getTime() + CACHE_MS };
    cache.set(id, entry);
    return entry;
  };

  const open = async (data: SessionData) => {
    const token = randomBytes(32).toString('base64url');
    const created = now().getTime();
    const idleUntil = Math.min(created + idleMs, created + ttlMs);
    const id = hashToken(token);
    const userId = data.kind === 'citizen' ? data.personId : data.person.userId;
    const createdAt = new Date(created).toISOString();
    await store.createSession({ id, userId, data, createdAt, expiresAt: new Date(idleUntil).toISOString() });
    remember(id, data, created, idleUntil);
    return { token, expiresAt: new Date(created + ttlMs).toISOString() };
  };

  const expire = async (id: string) => {
    cache.delete(id);
    await store.deleteSession(id);
  };

  const read = async (token: string | undefined) => {
    if (!token) return undefined;
    const id = idOfToken(token);
    const time = now().getTime();
    let entry = cache.get(id);
    if (entry && time >= entry.cachedUntil) {
      cache.delete(id);
      entry = undefined;
    }
    if (!entry) {
      const session = await store.getSession(id, new Date(time).toISOString());
      const data = readSessionData(session?.data);
      // Missing, timed out or unreadable: whatever is left of it goes (a no-op for an unknown token).
      if (!session || !data) {
        await store.deleteSession(id);
        return undefined;
      }
      entry = remember(id, data, Date.parse(session.createdAt), Date.parse(session.expiresAt));
    }
    if (time >= entry.idleUntil || time >= entry.absoluteEnd) {
      await expire(id);
      return undefined;
    }
    entry.idleUntil = Math.min(time + idleMs, entry.absoluteEnd);
    if (entry.idleUntil - entry.storedUntil >= TOUCH_MS) {
      const until = entry.idleUntil;
      await store.extendSession(id, new Date(until).toISOString(), new Date(time).toISOString());
      entry.storedUntil = until;
    }
    return entry.data;
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
      await expire(idOfToken(token));
      tokenIds.delete(token);
    },
  };
}
