import path from 'node:path';
import { certificateModels, recipientsOfModels } from '@intyg/certificate-types';
import { exchangesMessages } from '@intyg/core';

/**
 * The simulated recipients' whole configuration, read from the environment once at start. Every value has a
 * default that works on a laptop beside `npm start`'s server; the demo keys match the server's demo entries
 * (its DEMO_RECIPIENT_KEY and DEMO_RECIPIENT_SYSTEMS) and are refused in production.
 */
export interface RecipientsConfig {
  readonly nodeEnv: string;
  readonly host: string;
  /** 0 picks a free port; the ready line names the real one. */
  readonly port: number;
  readonly dataDir: string;
  /** `${dataDir}/recipients.sqlite`. */
  readonly sqlitePath: string;
  /** Where care's national contracts live: messages go to `${careUrl}/riv/SendMessageToCare/2`. */
  readonly careUrl: string;
  /** The bearer key care presents when it delivers to the recipients (INTYG_RECIPIENTS_INBOUND_KEY). */
  readonly inboundKey: string;
  readonly recipients: readonly SimulatedRecipient[];
  /** Retries of a message to care wait `baseMs · 2^(attempt-1)`, at most `maxMs`. */
  readonly retry: { readonly baseMs: number; readonly maxMs: number };
  readonly logLevel: string;
}

export interface SimulatedRecipient {
  /** As the models name it, e.g. FKASSA; also the base path of its contracts (`/FKASSA/RegisterCertificate/3`). */
  readonly id: string;
  readonly name: string;
  /** The certificate types it takes (those whose models name it). */
  readonly types: readonly string[];
  /** Whether it exchanges messages with care: when a model naming it declares messages (domain.md §3). */
  readonly messaging: boolean;
  /** The bearer key it presents to care's /riv/ routes; undefined: it cannot send messages. */
  readonly careKey: string | undefined;
}

export class ConfigError extends Error {}

/** The key the server presents by default outside production (the server's DEMO_RECIPIENT_KEY). */
export const DEMO_INBOUND_KEY = 'demo-recipient-key-not-for-production';
/** Each simulated recipient's key towards care by default outside production (the server's DEMO_RECIPIENT_SYSTEMS). */
export const DEMO_CARE_KEYS = 'FKASSA=demo-fkassa-key-not-for-production,TRANSP=demo-transp-key-not-for-production';
const MIN_KEY_LENGTH = 16;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): RecipientsConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const production = nodeEnv === 'production';
  const dataDir = path.resolve(env.INTYG_RECIPIENTS_DATA_DIR || 'data');
  const inboundKey = env.INTYG_RECIPIENTS_INBOUND_KEY || (production ? '' : DEMO_INBOUND_KEY);
  if (inboundKey.length < MIN_KEY_LENGTH) {
    throw new ConfigError(`INTYG_RECIPIENTS_INBOUND_KEY must be set, at least ${MIN_KEY_LENGTH} characters.`);
  }
  const careKeys = keys(env.INTYG_RECIPIENTS_CARE_KEYS || (production ? '' : DEMO_CARE_KEYS));
  return {
    nodeEnv,
    host: env.HOST || '127.0.0.1',
    port: count(env, 'PORT', 8090),
    dataDir,
    sqlitePath: path.join(dataDir, 'recipients.sqlite'),
    careUrl: httpUrl(env, 'INTYG_CARE_URL', 'http://localhost:8080'),
    inboundKey,
    recipients: recipientsOfModels().map((recipient) => ({
      ...recipient,
      messaging: certificateModels.some((model) => model.recipient?.id === recipient.id && exchangesMessages(model)),
      careKey: careKeys.get(recipient.id),
    })),
    retry: {
      baseMs: count(env, 'INTYG_RECIPIENTS_RETRY_BASE_MS', 1000, 1),
      maxMs: count(env, 'INTYG_RECIPIENTS_RETRY_MAX_MS', 5 * 60 * 1000, 1),
    },
    logLevel: env.LOG_LEVEL ?? (production ? 'info' : 'warn'),
  };
}

/** "FKASSA=key,TRANSP=key" → recipient id → key. */
function keys(raw: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const entry of raw.split(',').filter((part) => part.trim() !== '')) {
    const [id, key, ...rest] = entry.trim().split('=');
    if (!id || !key || rest.length > 0) {
      throw new ConfigError('INTYG_RECIPIENTS_CARE_KEYS must be a comma-separated list of RECIPIENT=key.');
    }
    if (key.length < MIN_KEY_LENGTH) {
      throw new ConfigError(
        `INTYG_RECIPIENTS_CARE_KEYS: the key of ${id} must be at least ${MIN_KEY_LENGTH} characters.`,
      );
    }
    result.set(id, key);
  }
  return result;
}

function count(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min)
    throw new ConfigError(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}

function httpUrl(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol)) {
    throw new ConfigError(`${name} must be an http(s) URL, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}
