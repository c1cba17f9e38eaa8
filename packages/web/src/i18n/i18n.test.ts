import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { format } from './i18n.js';
import { sv } from './sv.js';

describe('i18n', () => {
  it('has the same keys in Swedish and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const [key, text] of [...Object.entries(sv), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(sv[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{count} av {limit} tecken', { count: 3, limit: 50 })).toBe('3 av 50 tecken');
    expect(format('Hej {name}', {})).toBe('Hej {name}');
  });
});
