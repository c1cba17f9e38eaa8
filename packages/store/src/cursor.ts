/** A list cursor that cannot be decoded; the server answers 400. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
  constructor() {
    super('Invalid list cursor.');
  }
}

/**
 * Position after the last item of a page, in the list's order: the value of the column sorted by (an instant in
 * `toISOString()` form, or a text) and the id, which breaks ties. `sort` names the order the cursor belongs to, so
 * a cursor is never read in another order.
 */
export interface CursorPosition {
  readonly sort: string;
  readonly value: string;
  readonly id: string;
}

/** Opaque to clients: base64url of `[sort, value, id]`. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.sort, position.value, position.id]), 'utf8').toString('base64url');
}

/** The position, if the cursor was made for `sort`; `isInstant`: the value must be an instant. */
export function decodeCursor(cursor: string, sort: string, isInstant: boolean): CursorPosition {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(value) || value.length !== 3) throw new InvalidCursorError();
  const [cursorSort, sortValue, id] = value as unknown[];
  if (cursorSort !== sort || typeof sortValue !== 'string' || typeof id !== 'string' || id === '') {
    throw new InvalidCursorError();
  }
  if (isInstant && (!ISO_INSTANT.test(sortValue) || Number.isNaN(Date.parse(sortValue)))) {
    throw new InvalidCursorError();
  }
  return { sort, value: sortValue, id };
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
