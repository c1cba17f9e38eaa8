/**
 * Run as its own process by the audit tests: waits until the shared start instant, then appends
 * argv[4] audit records at once (tagged with argv[5] as the actor) to the store given as JSON in argv[2].
 */
import { createStore, type StoreOptions } from '../store.js';
import { makeAuditRecord } from './fixtures.js';

const options = JSON.parse(process.argv[2] ?? '{}') as StoreOptions;
const startAt = Number(process.argv[3] ?? 0);
const count = Number(process.argv[4] ?? 1);
const actorHsaId = process.argv[5] ?? 'child';

const store = await createStore(options);
try {
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
  await Promise.all(Array.from({ length: count }, () => store.appendAudit(makeAuditRecord({ actorHsaId }))));
} finally {
  await store.close();
}
