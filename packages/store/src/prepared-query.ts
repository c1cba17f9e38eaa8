import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Database } from './schema.js';

/**
 * A query built and compiled by Kysely once, on first use, and from then on run with new values bound in the
 * same places. Kysely rebuilds and recompiles its operation tree on every call, which for the point queries of
 * every read and autosave costs more than SQLite takes to run them (8–16 µs against 5–20 µs).
 *
 * `build` receives `arity` placeholders, one per value, and must pass each on as a bound value, unchanged: not through
 * `sql.raw` or a function of it, not as a list whose length varies, not as `undefined`. The placeholders are
 * looked for among the compiled parameters, and a builder that breaks this throws on first use. Values baked
 * into the builder stay as compiled. The SQL depends only on the dialect, so one prepared query serves a
 * database and every transaction on it (one store, one dialect).
 */
export function preparedQuery<Values extends readonly unknown[], Row>(
  arity: Values['length'],
  build: (db: Kysely<Database>, ...values: Values) => Compilable<Row>,
): PreparedQuery<Values, Row> {
  let template: Template | undefined;
  // Async, so that a misuse rejects like a failing query instead of throwing at the call.
  return async (db, ...values) => {
    template ??= compileTemplate(
      db,
      arity,
      build as unknown as (db: Kysely<Database>, ...values: unknown[]) => Compilable<unknown>,
    );
    const parameters = template.slots.map((slot) => {
      if (slot.kind === 'constant') return slot.value;
      const value = values[slot.index];
      if (value === undefined) throw new TypeError(`Value ${slot.index} of a prepared query is undefined.`);
      return value;
    });
    const compiled: CompiledQuery<Row> = { ...template.compiled, parameters };
    return await db.executeQuery(compiled);
  };
}

export type PreparedQuery<Values extends readonly unknown[], Row> = (
  db: Kysely<Database>,
  ...values: Values
) => Promise<QueryResult<Row>>;

type Slot = { readonly kind: 'value'; readonly index: number } | { readonly kind: 'constant'; readonly value: unknown };

interface Template {
  readonly compiled: CompiledQuery<unknown>;
  readonly slots: readonly Slot[];
}

const PLACEHOLDER_PREFIX = '\u0000prepared-query-value-';

function compileTemplate(
  db: Kysely<Database>,
  arity: number,
  build: (db: Kysely<Database>, ...values: unknown[]) => Compilable<unknown>,
): Template {
  const placeholders = Array.from({ length: arity }, (_, index) => `${PLACEHOLDER_PREFIX}${index}`);
  const compiled = build(db, ...placeholders).compile();
  const found = new Set<number>();
  const slots = compiled.parameters.map((parameter): Slot => {
    const index = typeof parameter === 'string' ? placeholders.indexOf(parameter) : -1;
    if (index === -1) {
      if (parameter === undefined) throw new TypeError('A prepared query has an undefined constant.');
      return { kind: 'constant', value: parameter };
    }
    found.add(index);
    return { kind: 'value', index };
  });
  if (found.size !== placeholders.length) {
    const missing = placeholders.map((_, index) => index).filter((index) => !found.has(index));
    throw new TypeError(`A prepared query does not bind value(s) ${missing.join(', ')} as parameters.`);
  }
  return { compiled, slots };
}
