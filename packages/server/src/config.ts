import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recipientsOfModels } from '@intyg/certificate-types';
import type { HousekeepingConfig } from './jobs/draft-housekeeping.js';
import { readDeliveryConfig, type DeliveryConfig } from './outbox/delivery-config.js';

/**
 * The server's whole configuration, read from the environment once at start.
 * Every value has a default that works on a laptop.
 */
export interface Config {
  readonly nodeEnv: string;
  readonly host: string;
  readonly port: number;
  /** Folder for the SQLite file and other local state. */
  readonly dataDir: string;
  /** PostgreSQL connection string; SQLite under dataDir when absent. */
  readonly databaseUrl: string | undefined;
  readonly sqlitePath: string;
  /** The development login (POST /api/dev/login and the user list). Never on in production. */
  readonly devLogin: boolean;
  /** Seed demo certificates into an empty database at start. */
  readonly demoData: boolean;
  /** Folder of the built web app served at /; nothing is served when it does not exist. */
  readonly webDist: string;
  /** Idle timeout and absolute lifetime of a session (INTYG_SESSION_IDLE_MINUTES, INTYG_SESSION_TTL_MINUTES). */
  readonly sessionLimits: { readonly idleMinutes: number; readonly ttlMinutes: number };
  /** Cookies only over HTTPS: when PUBLIC_URL is https, or in production unless PUBLIC_URL is plain localhost. */
  readonly secureCookies: boolean;
  /** Login attempts (dev login, /auth/login, /auth/callback) per minute and client address. */
  readonly loginRateLimit: number;
  /** Requests to the public verification of a printout (/verify/{id}, /api/verify/{id}) per minute and client address. */
  readonly verifyRateLimit: number;
  /** Largest accepted request body in bytes. */
  readonly bodyLimit: number;
  readonly logLevel: string;
  /** The address browsers reach the server at; the OIDC redirect URI is `${publicUrl}/auth/callback`. */
  readonly publicUrl: string;
  /** The OpenID Connect provider the server logs people in with; undefined when login is not configured. */
  readonly oidc: OidcConfig | undefined;
  /** The built-in development identity provider, started by main.ts; never in production. */
  readonly devIdp: DevIdpConfig | undefined;
  /**
   * Systems that may call the national contracts under /riv/ (INTYG_RIV_API_KEYS="system=key,…"), each
   * authenticating with `Authorization: Bearer <key>`. Outside production a demo system is configured.
   */
  readonly rivSystems: readonly RivSystem[];
  /** The recipients and the outbox worker (outbox/delivery-config.ts). */
  readonly delivery: DeliveryConfig;
  /** Locking and removing old drafts (jobs/draft-housekeeping.ts). */
  readonly housekeeping: HousekeepingConfig;
}

export interface RivSystem {
  /** The calling system's id, recorded with what it registers. */
  readonly id: string;
  readonly apiKey: string;
}

/** The demo system's key when INTYG_RIV_API_KEYS is unset outside production; documented in README.md. */
export const DEMO_RIV_SYSTEM: RivSystem = { id: 'demo-journal', apiKey: 'demo-riv-key-not-for-production' };
/** The simulated recipients' keys for SendMessageToCare (packages/recipients uses the same defaults). */
export const DEMO_RECIPIENT_SYSTEMS: readonly RivSystem[] = [
  { id: 'FKASSA', apiKey: 'demo-fkassa-key-not-for-production' },
  { id: 'TRANSP', apiKey: 'demo-transp-key-not-for-production' },
];

const MIN_API_KEY_LENGTH = 16;

function rivSystems(env: NodeJS.ProcessEnv, production: boolean): RivSystem[] {
  const raw = env.INTYG_RIV_API_KEYS;
  if (raw === undefined || raw.trim() === '') return production ? [] : [DEMO_RIV_SYSTEM, ...DEMO_RECIPIENT_SYSTEMS];
  const systems = raw.split(',').map((entry) => {
    const [id, apiKey, ...rest] = entry.trim().split('=');
    if (!id || !apiKey || rest.length > 0 || !/^[\w.-]+$/.test(id)) {
      throw new ConfigError('INTYG_RIV_API_KEYS must be a comma-separated list of system=key.');
    }
    if (apiKey.length < MIN_API_KEY_LENGTH) {
      throw new ConfigError(`INTYG_RIV_API_KEYS: the key of ${id} must be at least ${MIN_API_KEY_LENGTH} characters.`);
    }
    return { id, apiKey };
  });
  if (new Set(systems.map((s) => s.id)).size !== systems.length) {
    throw new ConfigError('INTYG_RIV_API_KEYS names a system twice.');
  }
  return systems;
}

export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

export interface DevIdpConfig {
  readonly port: number;
  readonly issuer: string;
  /** The client the dev IdP registers for this server (same values as `oidc`). */
  readonly client: OidcConfig & { readonly redirectUri: string };
}

export class ConfigError extends Error {}

const here = path.dirname(fileURLToPath(import.meta.url));

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new ConfigError(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = integer(env, name, fallback);
  if (value === 0) throw new ConfigError(`${name} must be at least 1.`);
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function url(env: NodeJS.ProcessEnv, name: string, fallback: string, trimSlash = true): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol)) {
    throw new ConfigError(`${name} must be an http(s) URL, got "${raw}"`);
  }
  return trimSlash ? raw.replace(/\/+$/, '') : raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const production = nodeEnv === 'production';
  const dataDir = path.resolve(env.INTYG_DATA_DIR ?? 'data');
  const devLogin = boolean(env, 'INTYG_DEV_LOGIN', !production);
  if (devLogin && production) {
    throw new ConfigError('INTYG_DEV_LOGIN must not be on when NODE_ENV=production.');
  }
  const port = integer(env, 'PORT', 8080);
  const host = env.HOST ?? 'localhost';
  // A wildcard listen address is no address a browser can open.
  const reachableHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const publicUrl = url(env, 'PUBLIC_URL', `http://${reachableHost}:${port}`);
  const devIdpOn = boolean(env, 'INTYG_DEV_IDP', devLogin && !env.OIDC_ISSUER);
  if (devIdpOn && production) {
    throw new ConfigError('INTYG_DEV_IDP must not be on when NODE_ENV=production.');
  }
  let devIdp: DevIdpConfig | undefined;
  let oidc: OidcConfig | undefined;
  if (devIdpOn) {
    const idpPort = integer(env, 'INTYG_DEV_IDP_PORT', 8081);
    const client = {
      issuer: `http://${reachableHost}:${idpPort}`,
      clientId: 'intyg-dev',
      clientSecret: 'intyg-dev-secret-not-for-production',
    };
    devIdp = { port: idpPort, issuer: client.issuer, client: { ...client, redirectUri: `${publicUrl}/auth/callback` } };
    oidc = client;
  } else if (env.OIDC_ISSUER) {
    const clientId = env.OIDC_CLIENT_ID;
    const clientSecret = env.OIDC_CLIENT_SECRET;
    if (!clientId || !clientSecret) {
      throw new ConfigError('OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET.');
    }
    // The issuer is compared character for character with the provider's metadata: kept as given.
    oidc = { issuer: url(env, 'OIDC_ISSUER', '', false), clientId, clientSecret };
  }
  const publicHost = new URL(publicUrl).hostname;
  const localhost = publicHost === 'localhost' || publicHost === '127.0.0.1' || publicHost === '[::1]';
  const secureCookies = publicUrl.startsWith('https:') || (production && !localhost);
  const databaseUrl = env.DATABASE_URL === '' ? undefined : env.DATABASE_URL;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL.');
  }
  return {
    nodeEnv,
    host,
    port,
    dataDir,
    databaseUrl,
    sqlitePath: path.join(dataDir, 'intyg.sqlite'),
    devLogin,
    demoData: boolean(env, 'INTYG_DEMO_DATA', !production),
    webDist: path.resolve(env.INTYG_WEB_DIST ?? path.join(here, '../../web/dist')),
    sessionLimits: {
      idleMinutes: positive(env, 'INTYG_SESSION_IDLE_MINUTES', 30),
      ttlMinutes: positive(env, 'INTYG_SESSION_TTL_MINUTES', 8 * 60),
    },
    secureCookies,
    loginRateLimit: positive(env, 'INTYG_LOGIN_RATE_LIMIT', 20),
    verifyRateLimit: positive(env, 'INTYG_VERIFY_RATE_LIMIT', 60),
    bodyLimit: integer(env, 'INTYG_BODY_LIMIT', 1024 * 1024),
    logLevel: env.LOG_LEVEL ?? (production ? 'info' : 'warn'),
    publicUrl,
    oidc,
    devIdp,
    rivSystems: rivSystems(env, production),
    housekeeping: {
      lockAfterDays: positive(env, 'INTYG_DRAFT_LOCK_DAYS', 14),
      retentionMonths: positive(env, 'INTYG_DRAFT_RETENTION_MONTHS', 3),
      intervalMs: positive(env, 'INTYG_HOUSEKEEPING_MINUTES', 60) * 60_000,
    },
    delivery: readDeliveryConfig(env, production, recipientsOfModels(), {
      integer: (name, fallback) => integer(env, name, fallback),
      positive: (name, fallback) => positive(env, name, fallback),
      boolean: (name, fallback) => boolean(env, name, fallback),
      fail: (message) => {
        throw new ConfigError(message);
      },
    }),
  };
}
