/**
 * The recipients' own SQLite file (better-sqlite3, WAL), migrated on open by `PRAGMA user_version`. Plain SQL:
 * this process is the file's only user, and its tables are few.
 *
 * - certificates: what arrived, once per (recipient, certificate id) however often it was posted.
 * - receipts: every request of a contract, with the sender's idempotency key and our answer.
 * - messages: questions and answers both ways, once per (recipient, meddelande-id); a message to care stays
 *   `pending` until care acknowledges it (see care-sender.ts).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** How long a statement waits for a lock (e.g. a backup reading the file) before failing. */
const BUSY_TIMEOUT_MS = 10_000;

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE certificates (
     recipient_id TEXT NOT NULL,
     certificate_id TEXT NOT NULL,
     type TEXT NOT NULL,
     version TEXT NOT NULL,
     unit_id TEXT NOT NULL,
     unit_name TEXT NOT NULL,
     issuer_name TEXT NOT NULL,
     patient_person_id TEXT NOT NULL,
     signed_at TEXT NOT NULL,
     received_at TEXT NOT NULL,
     revoked_at TEXT,
     revoke_reason TEXT,
     xml TEXT NOT NULL,
     PRIMARY KEY (recipient_id, certificate_id)
   );
   CREATE INDEX certificates_received ON certificates (recipient_id, received_at);
   CREATE TABLE receipts (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     recipient_id TEXT NOT NULL,
     interaction TEXT NOT NULL,
     certificate_id TEXT,
     idempotency_key TEXT,
     received_at TEXT NOT NULL,
     result_code TEXT NOT NULL
   );
   CREATE INDEX receipts_certificate ON receipts (recipient_id, certificate_id);
   CREATE TABLE messages (
     recipient_id TEXT NOT NULL,
     message_id TEXT NOT NULL,
     certificate_id TEXT NOT NULL,
     direction TEXT NOT NULL CHECK (direction IN ('toCare', 'fromCare')),
     subject TEXT NOT NULL,
     heading TEXT,
     text TEXT NOT NULL,
     reminder_of TEXT,
     in_reply_to TEXT,
     last_reply_date TEXT,
     complements TEXT NOT NULL,
     sent_by TEXT NOT NULL,
     created_at TEXT NOT NULL,
     xml TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('received', 'pending', 'sent', 'rejected')),
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at TEXT,
     last_error TEXT,
     sent_at TEXT,
     PRIMARY KEY (recipient_id, message_id)
   );
   CREATE INDEX messages_certificate ON messages (recipient_id, certificate_id, created_at);
   CREATE INDEX messages_due ON messages (status, next_attempt_at);`,
];

/** Opens (creating its folder) and migrates the file; `:memory:` works too. */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    for (const [index, migration] of MIGRATIONS.entries()) {
      if (index < version) continue;
      db.exec(migration);
    }
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
  return db;
}
