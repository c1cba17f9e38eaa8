import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { isWinAnsi, toWinAnsi } from './winansi.js';

describe('toWinAnsi', () => {
  it('keeps Swedish text, dashes, quotes and the euro sign as they are', () => {
    const text = 'Åsa Öberg, "Läkarintyg" – 50 % … ‘då’ € 3×2 ½ é ü';
    expect(toWinAnsi(text)).toBe(text);
  });

  it('writes symbols a doctor may type as their look-alikes', () => {
    expect(toWinAnsi('CRP ≥ 10, Hb ≤ 90, x ≠ y, a → b ← c, 5 − 3, 10 μg')).toBe(
      'CRP >= 10, Hb <= 90, x != y, a -> b <- c, 5 - 3, 10 µg',
    );
  });

  it('keeps the base letter of other accented letters and splits ligatures', () => {
    expect(toWinAnsi('Łódź Dvořák Őrség ﬁnal ğ')).toBe('Lódz Dvorák Orség final g');
  });

  it('drops invisible characters, turns odd spaces and line breaks into spaces, and marks the rest', () => {
    expect(toWinAnsi('a\u200bb\u00adc d\u202fe\tf\ng')).toBe('abc d e f g');
    expect(toWinAnsi('ok 😀 👍🏽 漢字 ✓')).toBe('ok ? ?? ?? v');
    expect(toWinAnsi('\u0000\u0007x')).toBe('x');
  });

  it('gives only characters the standard Helvetica can encode', async () => {
    const doc = await PDFDocument.create();
    const font = doc.embedStandardFont(StandardFonts.Helvetica);
    const encodable = new Set(font.getCharacterSet());
    for (let codePoint = 0; codePoint < 0x3000; codePoint++) {
      expect(isWinAnsi(codePoint), `U+${codePoint.toString(16)}`).toBe(encodable.has(codePoint) && codePoint >= 0x20);
    }
    const wild = Array.from({ length: 0x2fff }, (_, i) => String.fromCodePoint(i + 1)).join('') + '😀𝔘';
    expect(() => font.encodeText(toWinAnsi(wild))).not.toThrow();
  });
});
