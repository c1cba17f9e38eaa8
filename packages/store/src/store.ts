import { Kysely } from 'kysely';
import { groupCommit } from './group-commit.js';
import { AuditQueries } from './audit.js';
import { CertificateQueries } from './certificates.js';
import { certificateIssuers } from './certificate-issuers.js';
import { DraftHousekeepingQueries } from './draft-housekeeping.js';
import { OutboxQueries } from './outbox.js';
import { MessageQueries } from './messages.js';
import { decodeInteger } from './codec.js';
import type { Backend } from './dialect.js';
import { migrateToLatest } from './migrations/migrate.js';
import type { Database } from './schema.js';
import { SessionQueries } from './sessions.js';
import { SigningKeyQueries } from './signing-keys.js';
import { WebhookQueries } from './webhooks.js';
import { createSqliteBackend } from './sqlite/sqlite-backend.js';
import type { NewAuditRecord, Store, StoreCounts } from './types.js';
import { sharedWriteTransactions, transactionPerWrite } from './write-transactions.js';

export interface StoreOptions {
  /** A PostgreSQL URL; when set (non-empty) it is used instead of SQLite. */
  readonly databaseUrl?: string;
  /** The SQLite file; its folder is created if missing. */
  readonly sqlitePath: string;
}

/** Opens PostgreSQL when `databaseUrl` is set, else SQLite, and migrates to the newest schema. */
export async function createStore(options: StoreOptions): Promise<Store> {
  const backend =
    options.databaseUrl !== undefined && options.databaseUrl !== ''
      ? // Loaded only when used: a SQLite deployment never loads pg.
        (await import('./postgres/postgres-backend.js')).createPostgresBackend(options.databaseUrl)
      : createSqliteBackend(options.sqlitePath);
  const db = new Kysely<Database>({ dialect: backend.dialect });
  try {
    await migrateToLatest(db as unknown as Kysely<unknown>, backend.descriptor);
  } catch (error) {
    await backend.beforeClose?.();
    await db.destroy();
    throw error;
  }
  return openStore(db, backend);
}

function openStore(db: Kysely<Database>, backend: Backend): Store {
  const d = backend.descriptor;
  const write = d.sharesWriteTransactions ? sharedWriteTransactions(db) : transactionPerWrite(db);
  const audit = new AuditQueries(db, d, write);
  // Reads are logged before their response is sent; under load many arrive at once, and one transaction
  // per batch keeps the log from becoming the bottleneck of every read.
  const appendAudit = groupCommit<NewAuditRecord>((records) => audit.append(records));
  const webhooks = new WebhookQueries(db, d, write);
  const certificates = new CertificateQueries(db, d, audit, write, webhooks);
  const outbox = new OutboxQueries(db, d, write, certificates);
  const messages = new MessageQueries(db, d, write, audit, certificates);
  const housekeeping = new DraftHousekeepingQueries(db, d, write, certificates);
  const sessions = new SessionQueries(db, d);
  const signingKeys = new SigningKeyQueries(db, d);

  async function count(table: keyof Database): Promise<number> {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return decodeInteger(row.n);
  }

  return {
    dialect: d.name,
    insertCertificate: (certificate, event, auditRecord, relation) =>
      certificates.insert(certificate, event, auditRecord, relation),
    listRelations: (certificateId) => certificates.relations(certificateId),
    registerCertificate: (certificate, event) => certificates.register(certificate, event),
    getCertificate: (id, scope) => certificates.get(id, scope),
    getIssuedCertificateForVerification: (id) => certificates.getIssued(id),
    updateCertificate: (next, expectedRevision, scope, event, auditRecord, deliveries, messageEffects = []) =>
      certificates.update(next, expectedRevision, scope, event, auditRecord, deliveries, async (trx) => {
        for (const effect of messageEffects) await messages.applyIn(trx, effect);
      }),
    deleteDraft: (id, expectedRevision, scope, event, auditRecord) =>
      certificates.deleteDraft(id, expectedRevision, scope, event, auditRecord),
    listCertificates: (query) => certificates.list(query),
    countCertificates: (filter) => certificates.count(filter),
    listCertificateIssuers: (scope) => certificateIssuers(db, d, scope),
    listEvents: (certificateId, scope) => certificates.listEvents(certificateId, scope),
    createSession: (session) => sessions.create(session),
    getSession: (id, now = new Date().toISOString()) => sessions.get(id, now),
    extendSession: (id, expiresAt, now) => sessions.extend(id, expiresAt, now),
    deleteSession: (id) => sessions.delete(id),
    deleteExpiredSessions: (now) => sessions.deleteExpired(now),
    getOrCreateSigningKey: (create) => signingKeys.getOrCreate(create),
    claimDeliveries: (claim) => outbox.claim(claim),
    finishDelivery: (finished) => outbox.finish(finished),
    listDeliveries: (certificateId) => outbox.list(certificateId),
    countDeliveries: (kind) => outbox.count(kind),
    messages,
    registerWebhook: (webhook) => webhooks.register(webhook),
    listWebhooks: (unitId) => webhooks.list(unitId),
    deactivateWebhook: (input) => webhooks.deactivate(input),
    getWebhookTarget: (id) => webhooks.target(id),
    lockDrafts: (input) => housekeeping.lock(input),
    disposeDrafts: (input) => housekeeping.dispose(input),
    async counts(): Promise<StoreCounts> {
      const [certificateCount, eventCount, sessionCount] = await Promise.all([
        count('certificates'),
        count('certificate_events'),
        count('sessions'),
      ]);
      return { certificates: certificateCount, events: eventCount, sessions: sessionCount };
    },
    appendAudit: (records) => appendAudit(Array.isArray(records) ? records : [records as NewAuditRecord]),
    listAudit: (query) => audit.list(query),
    verifyAudit: () => audit.verify(),
    async close() {
      await backend.beforeClose?.();
      await db.destroy();
    },
  };
}
