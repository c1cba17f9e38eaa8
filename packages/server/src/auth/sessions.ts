import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '@intyg/core';
import type { Store } from '@intyg/store';

export const SESSION_COOKIE = 'intyg_session';

/**
 * Server-side sessions. The cookie holds a random token; the database holds only its
 * SHA-256, so a copy of the database does not let anyone take over a session.
 */
export interface Sessions {
  start(actor: Actor): Promise<{ token: string; expiresAt: string }>;
  resolve(token: string | undefined): Promise<Actor | undefined>;
  end(token: string | undefined): Promise<void>;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export function createSessions(store: Store, ttlMinutes: number, now: () => Date = () => new Date()): Sessions {
  return {
    async start(actor) {
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now().getTime() + ttlMinutes * 60_000).toISOString();
      await store.createSession({ id: hashToken(token), userId: actor.userId, data: { actor }, expiresAt });
      return { token, expiresAt };
    },
    async resolve(token) {
      if (!token) return undefined;
      const session = await store.getSession(hashToken(token), now().toISOString());
      return (session?.data as { actor?: Actor } | undefined)?.actor;
    },
    async end(token) {
      if (token) await store.deleteSession(hashToken(token));
    },
  };
}
