import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DialectDescriptor } from '../dialect.js';
import { initial } from './0001-initial.js';
import { auditLog } from './0002-audit-log.js';
import { outbox } from './0003-outbox.js';
import { relations } from './0004-relations.js';
import { messages } from './0005-messages.js';
import { webhooks } from './0006-webhooks.js';

/** Every migration, by name; names sort in the order they run. The same list serves both dialects. */
export function migrations(d: DialectDescriptor): Record<string, Migration> {
  return {
    '0001-initial': initial(d),
    '0002-audit-log': auditLog(d),
    '0003-outbox': outbox(d),
    '0004-relations': relations(d),
    '0005-messages': messages(d),
    '0006-webhooks': webhooks(d),
  };
}

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

/** Brings the schema to the newest migration; a no-op when it is there, safe when processes race. */
export async function migrateToLatest(db: Kysely<unknown>, d: DialectDescriptor): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(d) };
  const migrator = new Migrator({ db, provider });
  await d.withMigrationLock(db, async () => {
    const { error, results } = await migrator.migrateToLatest();
    if (error !== undefined) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName;
      throw new MigrationError(`Migration ${failed ?? '(setup)'} failed on ${d.name}: ${String(error)}`, {
        cause: error,
      });
    }
  });
}
