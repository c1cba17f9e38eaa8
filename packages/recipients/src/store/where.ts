/** A `WHERE` clause of equalities for the columns given a value (named parameters); '' when none is. */
export function whereEquals(columns: Readonly<Record<string, string | undefined>>): {
  sql: string;
  params: Record<string, string>;
} {
  const set = Object.entries(columns).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return {
    sql: set.length === 0 ? '' : `WHERE ${set.map(([column]) => `${column} = @${column}`).join(' AND ')}`,
    params: Object.fromEntries(set),
  };
}
