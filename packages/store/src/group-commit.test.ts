import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.js';

// The first write of a batch starts in a setImmediate callback; one queued after it runs once that write has begun.
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('group commit', () => {
  it('writes at once when idle, and batches what arrives during a write', async () => {
    const writes: number[][] = [];
    let release: () => void = () => {};
    const append = groupCommit<number>(async (items) => {
      writes.push([...items]);
      if (writes.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = append([1]);
    await tick();
    expect(writes).toEqual([[1]]);
    const later = [append([2]), append([3, 4])];
    await tick();
    expect(writes).toEqual([[1]]);
    release();
    await Promise.all([first, ...later]);
    expect(writes).toEqual([[1], [2, 3, 4]]);
  });

  it('rejects only the callers whose batch failed', async () => {
    let calls = 0;
    let release: () => void = () => {};
    const append = groupCommit<string>(async () => {
      calls += 1;
      if (calls === 1) await new Promise<void>((resolve) => (release = resolve));
      if (calls === 2) throw new Error('disk full');
    });
    const first = append(['a']);
    await tick();
    const failing = append(['b']);
    release();
    await expect(first).resolves.toBeUndefined();
    await expect(failing).rejects.toThrow('disk full');
    await expect(append(['c'])).resolves.toBeUndefined();
  });

  it('keeps a batch within the size limit without splitting a caller', async () => {
    const sizes: number[] = [];
    let release: () => void = () => {};
    const append = groupCommit<number>(async (items) => {
      sizes.push(items.length);
      if (sizes.length === 1) await new Promise<void>((resolve) => (release = resolve));
    }, 3);
    const all = [append([0])];
    await tick();
    all.push(append([1, 2]), append([3, 4]), append([5]));
    release();
    await Promise.all(all);
    expect(sizes).toEqual([1, 2, 3]);
  });
});
