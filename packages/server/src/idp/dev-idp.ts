import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';
import { listTestIdentities, type IdentitySources, type LoginMethod, type TestIdentity } from './identities.js';
import { interactionPage } from './interaction-page.js';
import { inMemoryAdapter } from './memory-adapter.js';

/**
 * The built-in development identity provider (oidc-provider): SITHS and BankID logins for test
 * identities, picked on its own login page. It registers one confidential client, the server, with
 * the authorization code flow and PKCE required. For development and tests only; config.ts refuses
 * it in production.
 */
export interface DevIdpOptions extends IdentitySources {
  readonly host: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  /** The host in the issuer URL; defaults to `host`. */
  readonly publicHost?: string;
  readonly client: { readonly clientId: string; readonly clientSecret: string; readonly redirectUri: string };
}

export interface DevIdp {
  readonly issuer: string;
  close(): Promise<void>;
}

const MAX_FORM_BYTES = 4096;

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of request) {
    body += String(chunk);
    if (body.length > MAX_FORM_BYTES) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}

function send(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:",
  });
  response.end(html);
}

const page = (title: string, text: string) =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;

function providerConfiguration(
  options: DevIdpOptions,
  identities: () => Promise<readonly TestIdentity[]>,
  jwk: Record<string, unknown>,
): Configuration {
  const { client } = options;
  return {
    adapter: inMemoryAdapter(),
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...jwk, kid: 'dev-idp', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { methods: ['S256'], required: () => true },
    extraParams: ['method'],
    scopes: ['openid', 'profile'],
    claims: { openid: ['sub'], profile: ['name', 'title', 'hsa_id', 'personal_identity_number'] },
    // The relying party reads the person from the ID token; it needs no userinfo call.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    // Short-lived artefacts: a login round trip takes seconds; the relying party keeps its own session.
    ttl: {
      AuthorizationCode: 60,
      Interaction: 10 * 60,
      Session: 60 * 60,
      Grant: 60 * 60,
      AccessToken: 10 * 60,
      IdToken: 10 * 60,
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const identity = (await identities()).find((candidate) => candidate.accountId === sub);
      if (!identity) return undefined;
      return { accountId: sub, claims: () => ({ ...identity.claims, sub }) };
    },
    // The one client is first party: consent is implied, as SITHS and BankID logins to Webcert have none.
    async loadExistingGrant(ctx) {
      const oidc = ctx.oidc;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session!.grantIdFor(oidc.client!.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({ clientId: oidc.client!.clientId, accountId: oidc.session!.accountId! });
      grant.addOIDCScope('openid profile');
      await grant.save();
      return grant;
    },
  };
}

export async function startDevIdp(options: DevIdpOptions): Promise<DevIdp> {
  const identities = () => listTestIdentities(options);
  // Routing is set once the provider exists; it needs the issuer, which needs the port listened on.
  const routing: { handle?: (request: IncomingMessage, response: ServerResponse) => void } = {};
  const server = createServer((request, response) => routing.handle?.(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://${options.publicHost ?? options.host}:${port}`;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const provider = new Provider(
    issuer,
    providerConfiguration(options, identities, (await exportJWK(privateKey)) as Record<string, unknown>),
  );
  const oidcCallback = provider.callback();

  const interaction = async (request: IncomingMessage, response: ServerResponse, pathname: string) => {
    const [, , uid, step] = pathname.split('/');
    const details = await provider.interactionDetails(request, response);
    if (details.uid !== uid) return send(response, 400, page('Fel', 'Inloggningen hör inte till denna sida.'));
    if (request.method === 'GET' && step === undefined) {
      const requested = details.params.method;
      const methods: LoginMethod[] =
        requested === 'siths' || requested === 'bankid' ? [requested] : ['siths', 'bankid'];
      return send(response, 200, interactionPage(details.uid, await identities(), methods));
    }
    if (request.method === 'POST' && step === 'login') {
      const accountId = (await readForm(request)).get('accountId') ?? '';
      if (!(await identities()).some((identity) => identity.accountId === accountId)) {
        return send(response, 400, page('Fel', 'Det finns ingen sådan testidentitet.'));
      }
      return provider.interactionFinished(
        request,
        response,
        { login: { accountId } },
        { mergeWithLastSubmission: false },
      );
    }
    if (request.method === 'POST' && step === 'abort') {
      const result = { error: 'access_denied', error_description: 'Inloggningen avbröts.' };
      return provider.interactionFinished(request, response, result, { mergeWithLastSubmission: false });
    }
    return send(response, 404, page('Sidan finns inte', 'Sidan finns inte.'));
  };

  routing.handle = (request, response) => {
    const pathname = new URL(request.url ?? '/', issuer).pathname;
    if (!pathname.startsWith('/interaction/')) return void oidcCallback(request, response);
    interaction(request, response, pathname).catch(() => {
      if (!response.headersSent) {
        send(
          response,
          400,
          page('Inloggningen kan inte fortsätta', 'Inloggningen har gått ut. Börja om från tjänsten.'),
        );
      }
    });
  };

  return {
    issuer,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
