import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  readonly sessionTtlMinutes: number;
  /** Largest accepted request body in bytes. */
  readonly bodyLimit: number;
  readonly logLevel: string;
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

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const production = nodeEnv === 'production';
  const dataDir = path.resolve(env.INTYG_DATA_DIR ?? 'data');
  const devLogin = boolean(env, 'INTYG_DEV_LOGIN', !production);
  if (devLogin && production) {
    throw new ConfigError('INTYG_DEV_LOGIN must not be on when NODE_ENV=production.');
  }
  const databaseUrl = env.DATABASE_URL === '' ? undefined : env.DATABASE_URL;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL.');
  }
  return {
    nodeEnv,
    host: env.HOST ?? 'localhost',
    port: integer(env, 'PORT', 8080),
    dataDir,
    databaseUrl,
    sqlitePath: path.join(dataDir, 'intyg.sqlite'),
    devLogin,
    demoData: boolean(env, 'INTYG_DEMO_DATA', !production),
    webDist: path.resolve(env.INTYG_WEB_DIST ?? path.join(here, '../../web/dist')),
    sessionTtlMinutes: integer(env, 'INTYG_SESSION_TTL_MINUTES', 8 * 60),
    bodyLimit: integer(env, 'INTYG_BODY_LIMIT', 1024 * 1024),
    logLevel: env.LOG_LEVEL ?? (production ? 'info' : 'warn'),
  };
}
