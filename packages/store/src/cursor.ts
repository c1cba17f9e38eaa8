/** A list cursor that cannot be decoded; the server answers 400. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
  constructor() {
    super('Invalid list cursor.');
  }
}

/** Position after the last item of a page, in the list's order (updatedAt desc, id desc). */
export interface CursorPosition {
  /** `toISOString()` form. */
  readonly updatedAt: string;
  readonly id: string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Opaque to clients: base64url of `[updatedAt, id]`. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.updatedAt, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorPosition {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(value) || value.length !== 2) {
    throw new InvalidCursorError();
  }
  const [updatedAt, id] = value as unknown[];
  if (typeof updatedAt !== 'string' || !ISO_INSTANT.test(updatedAt) || Number.isNaN(Date.parse(updatedAt))) {
    throw new InvalidCursorError();
  }
  if (typeof id !== 'string' || id === '') {
    throw new InvalidCursorError();
  }
  return { updatedAt, id };
}
