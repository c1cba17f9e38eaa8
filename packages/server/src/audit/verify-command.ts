import { createStore, type AuditVerification } from '@intyg/store';
import { loadConfig } from '../config.js';

/** What each break reason means, for the operator reading the output. */
const REASONS: Record<Extract<AuditVerification, { ok: false }>['firstBroken']['reason'], string> = {
  hashMismatch: "the record's content no longer matches its hash (it was changed)",
  prevHashMismatch: 'the record does not link to the record before it (that one was changed or replaced)',
  missing: 'the record is missing (it was deleted)',
  headMismatch: 'the chain head names another newest record (records were added or removed at the end)',
};

export function describeVerification(result: AuditVerification): string {
  if (result.ok) return `Audit log intact: ${result.checked} records checked.`;
  const { seq, id, reason } = result.firstBroken;
  return (
    `Audit log BROKEN at record seq ${seq}${id === null ? '' : ` (id ${id})`}: ${REASONS[reason]} [${reason}]. ` +
    `${result.checked} records before it are intact.`
  );
}

/**
 * Verifies the audit log of the database the server's configuration (environment) names. Returns the
 * exit code: 0 intact, 1 broken. Opening the store migrates it, as the server would.
 */
export async function runAuditVerify(env: NodeJS.ProcessEnv, print: (line: string) => void): Promise<number> {
  const config = loadConfig(env);
  const store = await createStore({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath });
  try {
    const result = await store.verifyAudit();
    print(describeVerification(result));
    return result.ok ? 0 : 1;
  } finally {
    await store.close();
  }
}
