import { sql, type Compilable, type ExpressionBuilder, type Kysely } from 'kysely';
import type { certificateToRow } from './codec.js';
import { preparedQuery, type PreparedQuery } from './prepared-query.js';
import type { Database } from './schema.js';
import type { AccessScope } from './types.js';

/**
 * The WHERE condition that keeps a query inside the caller's scope. Every certificate read and write
 * applies it, so a certificate outside the scope is simply not found, whatever the route code checks.
 */
export function withinScope(eb: ExpressionBuilder<Database, 'certificates'>, scope: AccessScope) {
  if ('careProviderId' in scope) return eb('certificates.care_provider_id', '=', scope.careProviderId);
  if (scope.unitIds.length === 0) throw new RangeError('An access scope needs at least one unit id.');
  return eb('certificates.unit_id', 'in', scope.unitIds);
}

/**
 * A prepared query that applies an access scope (or none), prepared once per shape of scope: a care provider,
 * none, or a given number of units. The scope's ids are bound after the query's own values.
 */
function preparedWithScope<Values extends readonly unknown[], Row>(
  arity: Values['length'],
  build: (db: Kysely<Database>, scope: AccessScope | undefined, ...values: Values) => Compilable<Row>,
): (db: Kysely<Database>, scope: AccessScope | undefined, ...values: Values) => ReturnType<PreparedQuery<Values, Row>> {
  const byShape = new Map<string, PreparedQuery<readonly unknown[], Row>>();
  return (db, scope, ...values) => {
    const scopeIds = scope === undefined ? [] : 'careProviderId' in scope ? [scope.careProviderId] : scope.unitIds;
    const shape = scope === undefined ? 'none' : 'careProviderId' in scope ? 'provider' : `units:${scopeIds.length}`;
    let query = byShape.get(shape);
    if (query === undefined) {
      query = preparedQuery(arity + scopeIds.length, (builderDb, ...placeholders: readonly unknown[]) => {
        const ids = placeholders.slice(arity) as string[];
        const placeholderScope: AccessScope | undefined =
          scope === undefined ? undefined : 'careProviderId' in scope ? { careProviderId: ids[0]! } : { unitIds: ids };
        return build(builderDb, placeholderScope, ...(placeholders.slice(0, arity) as unknown as Values));
      });
      byShape.set(shape, query);
    }
    return query(db, ...values, ...scopeIds);
  };
}

/** The columns an update writes: who, what and where of a certificate never change after it is created. */
type CertificateChanges = Omit<
  ReturnType<typeof certificateToRow>,
  'id' | 'type' | 'version' | 'patient_id' | 'unit_id' | 'care_provider_id' | 'created_by' | 'created_at'
>;
export const CHANGED_COLUMNS = [
  'status',
  'complete',
  'ready_for_sign',
  'revision',
  'signed_by',
  'updated_at',
  'signed_at',
  'document',
  'signature',
] as const satisfies readonly (keyof CertificateChanges)[];
// A column added to the table but not to CHANGED_COLUMNS would never be updated: this fails to compile then.
type UnlistedChange = Exclude<keyof CertificateChanges, (typeof CHANGED_COLUMNS)[number]>;
const _everyChangeListed: [UnlistedChange] extends [never] ? true : UnlistedChange = true;

/**
 * The statements of every read and autosave, prepared once per store (see preparedQuery): the SQL differs
 * between the dialects.
 */
export function certificateStatements() {
  return {
    selectCertificate: preparedWithScope(1, (db, scope, id: string) =>
      db
        .selectFrom('certificates')
        .selectAll()
        .where('id', '=', id)
        .$if(scope !== undefined, (query) => query.where((eb) => withinScope(eb, scope!))),
    ),

    updateCertificate: preparedWithScope(
      CHANGED_COLUMNS.length + 2,
      (db, scope, id: string, expectedRevision: number, ...changes: unknown[]) =>
        db
          .updateTable('certificates')
          .set(
            Object.fromEntries(CHANGED_COLUMNS.map((column, index) => [column, changes[index]])) as CertificateChanges,
          )
          .where('id', '=', id)
          .where('revision', '=', expectedRevision)
          .$if(scope !== undefined, (query) => query.where((eb) => withinScope(eb, scope!))),
    ),

    selectRelations: preparedQuery(1, (db, certificateId: string) =>
      db
        .selectFrom('certificate_relations as r')
        .innerJoin('certificates as c', (join) =>
          join.on(sql<boolean>`c.id = case when r.from_id = ${certificateId} then r.to_id else r.from_id end`),
        )
        .select(['r.kind', 'r.from_id', 'c.id', 'c.type', 'c.status', 'c.created_at', 'c.signed_at'])
        .where((eb) => eb.or([eb('r.from_id', '=', certificateId), eb('r.to_id', '=', certificateId)])),
    ),

    insertEvent: preparedQuery(
      6,
      (
        db,
        id: string,
        certificateId: string,
        type: string,
        occurredAt: string,
        actorId: string | null,
        payload: string,
      ) =>
        db.insertInto('certificate_events').values({
          id,
          certificate_id: certificateId,
          type,
          occurred_at: occurredAt,
          actor_id: actorId,
          payload,
        }),
    ),
  };
}
