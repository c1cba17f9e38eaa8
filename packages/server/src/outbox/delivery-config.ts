/**
 * Where signed certificates go and how the outbox worker delivers them, read from the environment once
 * (part of `Config`). A recipient is configuration only: pointing `endpoint` at Försäkringskassan's real
 * service instead of the simulated one (packages/recipients) changes nothing else.
 */
/** A recipient the certificate models name, with the types whose models name it. */
export interface ModelRecipient {
  readonly id: string;
  readonly name: string;
  readonly types: readonly string[];
}

export interface RecipientConfig {
  /** The recipient's id as the models name it (`CertificateModel.recipient.id`), e.g. FKASSA. */
  readonly id: string;
  readonly name: string;
  /** Base URL; the interactions are posted to `${endpoint}/RegisterCertificate/3` and so on. */
  readonly endpoint: string;
  /** The certificate types it takes. */
  readonly types: readonly string[];
}

export interface DeliveryConfig {
  readonly recipients: readonly RecipientConfig[];
  /** The bearer key presented to recipients (INTYG_RECIPIENT_KEY). */
  readonly recipientKey: string;
  /** Whether this process runs the outbox worker (INTYG_DELIVERY_WORKER); every process may. */
  readonly worker: boolean;
  /** How often an idle worker looks for due deliveries. */
  readonly pollMs: number;
  /** How long a claimed delivery stays with its worker; after that another worker may take it. */
  readonly leaseMs: number;
  /** Retries wait about `retryBaseMs · 2^(attempt-1)`, with jitter, at most `retryMaxMs`. */
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  /** One attempt's HTTP timeout. */
  readonly timeoutMs: number;
}

/** The demo key the simulated recipients accept outside production; documented in README.md. */
export const DEMO_RECIPIENT_KEY = 'demo-recipient-key-not-for-production';
export const DEFAULT_RECIPIENTS_URL = 'http://localhost:8090';

type Read = {
  integer(name: string, fallback: number): number;
  positive(name: string, fallback: number): number;
  boolean(name: string, fallback: boolean): boolean;
  fail(message: string): never;
};

/**
 * `modelRecipients` are the recipients the models name, each with the types whose models name it: the default
 * recipients (outside production, on the simulated service) take exactly those.
 */
export function readDeliveryConfig(
  env: NodeJS.ProcessEnv,
  production: boolean,
  modelRecipients: readonly ModelRecipient[],
  read: Read,
): DeliveryConfig {
  const recipientKey = env.INTYG_RECIPIENT_KEY ?? (production ? '' : DEMO_RECIPIENT_KEY);
  return {
    recipients: recipients(env, production, modelRecipients, read),
    recipientKey,
    worker: read.boolean('INTYG_DELIVERY_WORKER', true),
    pollMs: read.positive('INTYG_DELIVERY_POLL_MS', 500),
    leaseMs: read.positive('INTYG_DELIVERY_LEASE_SECONDS', 30) * 1000,
    retryBaseMs: read.positive('INTYG_DELIVERY_RETRY_BASE_MS', 1000),
    retryMaxMs: read.positive('INTYG_DELIVERY_RETRY_MAX_MS', 5 * 60 * 1000),
    timeoutMs: read.positive('INTYG_DELIVERY_TIMEOUT_MS', 10_000),
  };
}

function recipients(
  env: NodeJS.ProcessEnv,
  production: boolean,
  modelRecipients: readonly ModelRecipient[],
  read: Read,
): RecipientConfig[] {
  const raw = env.INTYG_RECIPIENTS;
  if (raw === undefined || raw.trim() === '') {
    if (production) return [];
    const base = (env.INTYG_RECIPIENTS_URL ?? DEFAULT_RECIPIENTS_URL).replace(/\/+$/, '');
    return modelRecipients.map(({ id, name, types }) => ({ id, name, endpoint: `${base}/${id}`, types: [...types] }));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    read.fail('INTYG_RECIPIENTS must be a JSON array of {id, name, endpoint, types}.');
  }
  if (!Array.isArray(parsed)) read.fail('INTYG_RECIPIENTS must be a JSON array of {id, name, endpoint, types}.');
  const list = parsed.map((entry: unknown, index) => {
    const e = entry as Partial<RecipientConfig> | null;
    const types = e?.types;
    const valid =
      typeof e?.id === 'string' &&
      /^[\w.-]+$/.test(e.id) &&
      typeof e.name === 'string' &&
      typeof e.endpoint === 'string' &&
      URL.canParse(e.endpoint) &&
      /^https?:$/.test(new URL(e.endpoint).protocol) &&
      Array.isArray(types) &&
      types.every((type) => typeof type === 'string');
    if (!valid) read.fail(`INTYG_RECIPIENTS[${index}] needs id, name, an http(s) endpoint and a list of types.`);
    return { id: e.id!, name: e.name!, endpoint: e.endpoint!.replace(/\/+$/, ''), types: [...types!] };
  });
  const types = list.flatMap((recipient) => recipient.types);
  if (new Set(types).size !== types.length) read.fail('INTYG_RECIPIENTS names a certificate type twice.');
  return list;
}
