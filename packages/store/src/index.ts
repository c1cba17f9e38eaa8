export { createStore, type StoreOptions } from './store.js';
export { InvalidCursorError } from './cursor.js';
export { MigrationError } from './migrations/migrate.js';
export type { DialectName } from './dialect.js';
export { STATUS_WEBHOOK_KIND } from './webhook-types.js';
export type { EventSubject, NewWebhook, StatusNotification, Webhook, WebhookTarget } from './webhook-types.js';
export { AUDIT_PURPOSE_CARE, CERTIFICATE_SORTS } from './types.js';
export { auditHash, canonicalAuditFields, GENESIS_HASH } from './audit-hash.js';
export type {
  AccessScope,
  AuditActivity,
  AuditBreakReason,
  AuditPage,
  AuditQuery,
  AuditRecord,
  AuditResourceType,
  AuditVerification,
  NewAuditRecord,
  CertificateEvent,
  Delivery,
  DeliveryAttempt,
  DeliveryHistory,
  DeliveryOutcome,
  DeliveryStatus,
  FinishedDelivery,
  NewDelivery,
  NewRelation,
  CertificateFilter,
  CertificateIssuer,
  CertificateIssuers,
  CertificatePage,
  CertificateSort,
  CertificateQuery,
  NewCertificateEvent,
  NewSession,
  Store,
  StoreCounts,
  StoredSession,
  StoredSigningKey,
} from './types.js';
export type {
  MessageEffect,
  MessageEventOf,
  MessageStore,
  OutgoingMessage,
  UnitMessage,
  UnitMessagePage,
  UnitMessageQuery,
} from './message-types.js';
