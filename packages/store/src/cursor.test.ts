import { expect, it } from 'vitest';
import { decodeCursor, encodeCursor, InvalidCursorError } from './cursor.js';

it('round-trips a position through an opaque url-safe string', () => {
  const position = { sort: 'updated-desc', value: '2024-03-01T08:00:00.000Z', id: 'ab+/=?&Å' };
  const cursor = encodeCursor(position);
  expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(decodeCursor(cursor, 'updated-desc', true)).toEqual(position);
  expect(decodeCursor(encodeCursor({ sort: 'type-asc', value: 'lisjp', id: 'x' }), 'type-asc', false).value).toBe(
    'lisjp',
  );
});

it('rejects what it did not produce, and a cursor of another order', () => {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  for (const cursor of [
    '%%%',
    encode(null),
    encode(['updated-desc', '2024-03-01T08:00:00.000Z']),
    encode(['updated-desc', '2024-13-45T99:00:00.000Z', 'a']),
    encode(['updated-desc', '2024-03-01T08:00:00.000Z', '']),
    encode(['created-desc', '2024-03-01T08:00:00.000Z', 'a']),
  ]) {
    expect(() => decodeCursor(cursor, 'updated-desc', true), cursor).toThrow(InvalidCursorError);
  }
});
