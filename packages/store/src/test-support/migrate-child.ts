/**
 * Run as its own process by the migration tests: waits until the shared start instant, opens (and so
 * migrates) the store given as JSON in argv[2], writes one certificate, and exits 0 on success.
 */
import { createStore, type StoreOptions } from '../store.js';
import { makeCertificate, makeEvent } from './fixtures.js';

const options = JSON.parse(process.argv[2] ?? '{}') as StoreOptions;
const startAt = Number(process.argv[3] ?? 0);

await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
const store = await createStore(options);
try {
  await store.insertCertificate(makeCertificate(), makeEvent('created'));
} finally {
  await store.close();
}
