export { createStore, type StoreOptions } from './store.js';
export { InvalidCursorError } from './cursor.js';
export { MigrationError } from './migrations/migrate.js';
export type { DialectName } from './dialect.js';
export type {
  CertificateEvent,
  CertificatePage,
  CertificateQuery,
  NewCertificateEvent,
  NewSession,
  Store,
  StoreCounts,
  StoredSession,
  StoredSigningKey,
} from './types.js';
