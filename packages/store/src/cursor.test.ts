import { expect, it } from 'vitest';
import { decodeCursor, encodeCursor, InvalidCursorError } from './cursor.js';

it('round-trips a position through an opaque url-safe string', () => {
  const position = { updatedAt: '2024-03-01T08:00:00.000Z', id: 'ab+/=?&Å' };
  const cursor = encodeCursor(position);
  expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(decodeCursor(cursor)).toEqual(position);
});

it('rejects what it did not produce', () => {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  for (const cursor of [
    '%%%',
    encode(null),
    encode(['2024-03-01T08:00:00.000Z']),
    encode(['2024-13-45T99:00:00.000Z', 'a']),
    encode(['2024-03-01T08:00:00.000Z', '']),
  ]) {
    expect(() => decodeCursor(cursor), cursor).toThrow(InvalidCursorError);
  }
});
