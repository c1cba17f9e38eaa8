import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap.js';

/** Every character one unit wide. */
const mono = (text: string) => [...text].length;

describe('wrapText', () => {
  it('breaks at spaces so that no line is wider than the width', () => {
    expect(wrapText('the quick brown fox jumps over', 10, mono)).toEqual(['the quick', 'brown fox', 'jumps over']);
  });

  it('keeps the text’s own line breaks and empty lines, and drops trailing spaces', () => {
    expect(wrapText('one\n\ntwo  \r\nthree', 10, mono)).toEqual(['one', '', 'two', 'three']);
    expect(wrapText('', 10, mono)).toEqual(['']);
  });

  it('breaks a word wider than the line between characters', () => {
    expect(wrapText('see https://example.se/abcdefghij end', 10, mono)).toEqual([
      'see',
      'https://ex',
      'ample.se/a',
      'bcdefghij',
      'end',
    ]);
  });

  it('keeps leading indentation and folds runs of spaces', () => {
    expect(wrapText('  a    b', 10, mono)).toEqual(['  a b']);
  });

  it('always ends, even when not one character fits', () => {
    expect(wrapText('abc', 0, mono)).toEqual(['a', 'b', 'c']);
  });
});
