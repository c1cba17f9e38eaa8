import * as oidc from 'openid-client';
import type { OidcConfig } from '../config.js';

/**
 * The server as an OpenID Connect relying party: authorization code flow with PKCE, state and nonce
 * (openid-client). The provider's metadata is discovered on first use and kept; a failed discovery
 * is retried on the next login rather than stopping the server.
 */
export type LoginMethod = 'siths' | 'bankid';

/** What must survive the round trip through the identity provider; kept in an HTTP-only cookie. */
export interface LoginTransaction {
  readonly method: LoginMethod;
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

export interface RelyingParty {
  begin(method: LoginMethod): Promise<{ url: string; transaction: LoginTransaction }>;
  /** Verifies the callback (state, code with PKCE, ID token and nonce) and returns the ID token's claims. */
  complete(callbackQuery: string, transaction: LoginTransaction): Promise<Record<string, unknown>>;
}

export function createRelyingParty(config: OidcConfig, redirectUri: string): RelyingParty {
  let discovered: Promise<oidc.Configuration> | undefined;
  const configuration = () => {
    discovered ??= oidc
      .discovery(
        new URL(config.issuer),
        config.clientId,
        config.clientSecret,
        undefined,
        // Plain http only for a provider on this machine (the development IdP).
        new URL(config.issuer).protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };

  return {
    async begin(method) {
      const transaction: LoginTransaction = {
        method,
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
      };
      const url = oidc.buildAuthorizationUrl(await configuration(), {
        redirect_uri: redirectUri,
        scope: 'openid profile',
        state: transaction.state,
        nonce: transaction.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(transaction.codeVerifier),
        code_challenge_method: 'S256',
        // Which identities the provider should offer; providers that do not know the parameter ignore it.
        method,
      });
      return { url: url.href, transaction };
    },
    async complete(callbackQuery, transaction) {
      // The token request's redirect_uri is taken from this URL: it must be the registered one.
      const callbackUrl = new URL(redirectUri);
      callbackUrl.search = callbackQuery;
      const tokens = await oidc.authorizationCodeGrant(await configuration(), callbackUrl, {
        pkceCodeVerifier: transaction.codeVerifier,
        expectedState: transaction.state,
        expectedNonce: transaction.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('The identity provider sent no ID token.');
      return claims;
    },
  };
}
