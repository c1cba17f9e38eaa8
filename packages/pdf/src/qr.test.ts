import { describe, expect, it } from 'vitest';
import { darkRuns, qrModules } from './qr.js';

describe('QR code modules', () => {
  it('makes a square matrix with the three finder patterns', () => {
    const modules = qrModules('https://intyg.example.se/verify/0195e7a2-7c1f-7b3c-9a2e-123456789abc');
    const size = modules.length;
    expect(size).toBeGreaterThanOrEqual(21);
    expect(modules.every((row) => row.length === size)).toBe(true);
    for (const [row, col] of [
      [0, 0],
      [0, size - 7],
      [size - 7, 0],
    ] as const) {
      expect(modules[row]!.slice(col, col + 7).every(Boolean)).toBe(true);
    }
  });

  it('draws exactly the dark modules as horizontal runs', () => {
    const modules = qrModules('x');
    const drawn = modules.map((cells) => cells.map(() => false));
    for (const run of darkRuns(modules)) {
      for (let col = run.col; col < run.col + run.length; col++) {
        expect(drawn[run.row]![col]).toBe(false);
        drawn[run.row]![col] = true;
      }
    }
    expect(drawn).toEqual(modules);
    expect(darkRuns([[true, true, false, true]])).toEqual([
      { row: 0, col: 0, length: 2 },
      { row: 0, col: 3, length: 1 },
    ]);
  });
});
