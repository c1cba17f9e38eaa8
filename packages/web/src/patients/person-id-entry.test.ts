import { describe, expect, it } from 'vitest';
import { personIdEntry } from './person-id-entry.js';

const TODAY = '2025-10-01';

describe('personIdEntry', () => {
  it('says nothing while a number is being typed, and judges it once complete', () => {
    expect(personIdEntry('', TODAY, false)).toEqual({ kind: 'empty' });
    expect(personIdEntry('1912', TODAY, false)).toEqual({ kind: 'typing' });
    expect(personIdEntry('19121212-12', TODAY, false)).toEqual({ kind: 'typing' });
    // Ten digits could be the start of twelve: judged only when the user is done.
    expect(personIdEntry('1912121212', TODAY, false)).toEqual({ kind: 'typing' });
    expect(personIdEntry('19121212-1212', TODAY, false)).toEqual({
      kind: 'valid',
      personId: '191212121212',
      coordinationNumber: false,
    });
    expect(personIdEntry('121212-1212', TODAY, false)).toMatchObject({ kind: 'valid', personId: '201212121212' });
    expect(personIdEntry('19701063-2391', TODAY, false)).toMatchObject({ kind: 'valid', coordinationNumber: true });
  });

  it('names the problem of a complete number, of a character no number has, and of anything once done', () => {
    expect(personIdEntry('19121212-1213', TODAY, false)).toEqual({ kind: 'invalid', problem: 'checksum' });
    expect(personIdEntry('19121312-1212', TODAY, false)).toEqual({ kind: 'invalid', problem: 'date' });
    expect(personIdEntry('19121212a', TODAY, false)).toEqual({ kind: 'invalid', problem: 'format' });
    expect(personIdEntry('1912121212123', TODAY, false)).toEqual({ kind: 'invalid', problem: 'format' });
    expect(personIdEntry('1912', TODAY, true)).toEqual({ kind: 'invalid', problem: 'format' });
    expect(personIdEntry('1912121212', TODAY, true)).toEqual({ kind: 'invalid', problem: 'checksum' });
  });
});
