// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useUserAction } from './useUserAction.js';

afterEach(cleanup);

describe('a user action', () => {
  it('is busy while it runs and keeps its failure, which the next run clears', async () => {
    const { result } = renderHook(() => useUserAction());
    let finish!: () => void;
    let running!: Promise<void>;
    act(() => {
      running = result.current.run(() => new Promise<void>((resolve) => (finish = resolve)));
    });
    expect(result.current.busy).toBe(true);
    await act(async () => {
      finish();
      await running;
    });
    expect(result.current).toMatchObject({ busy: false, error: undefined });

    const refused = new Error('refused');
    await act(() => result.current.run(() => Promise.reject(refused)));
    expect(result.current).toMatchObject({ busy: false, error: refused });

    await act(() => result.current.run(() => Promise.resolve()));
    expect(result.current.error).toBeUndefined();
  });
});
