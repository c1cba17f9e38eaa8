import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from '../../auth/sessions.js';

/**
 * The session cookie: HTTP-only, SameSite=Lax (the OIDC callback is a top-level navigation), Secure over
 * HTTPS (config `secureCookies`). It expires at the session's absolute end; the idle timeout is the server's.
 */
export function setSessionCookie(
  reply: FastifyReply,
  session: { token: string; expiresAt: string },
  secure: boolean,
): void {
  void reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: new Date(session.expiresAt),
  });
}
