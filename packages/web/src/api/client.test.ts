import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, itemsOf, request } from './client.js';

function stubFetch(status: number, body: string) {
  const fetch = vi.fn(async () => new Response(status === 204 ? null : body, { status }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('request', () => {
  it('sends JSON with the session cookie and returns the parsed answer', async () => {
    const fetch = stubFetch(200, '{"revision":3}');
    await expect(request('PUT', '/api/certificates/1', { revision: 2 })).resolves.toEqual({ revision: 3 });
    expect(fetch).toHaveBeenCalledWith(
      '/api/certificates/1',
      expect.objectContaining({ method: 'PUT', credentials: 'same-origin', body: '{"revision":2}' }),
    );
  });

  it('throws the server error as an ApiError with its status and code', async () => {
    stubFetch(409, '{"code":"REVISION_CONFLICT","message":"Incorrect revision"}');
    const error = await request('PUT', '/api/certificates/1', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'REVISION_CONFLICT', message: 'Incorrect revision' });
  });

  it('names a failure without a JSON body by its status', async () => {
    stubFetch(502, '<html>Bad gateway</html>');
    await expect(request('GET', '/api/me')).rejects.toMatchObject({ status: 502, code: 'invalidResponse' });
  });

  it('returns nothing for 204', async () => {
    stubFetch(204, '');
    await expect(request('POST', '/api/logout')).resolves.toBeUndefined();
  });
});

describe('itemsOf', () => {
  it('accepts { items } and bare arrays', () => {
    expect(itemsOf({ items: [1, 2] })).toEqual([1, 2]);
    expect(itemsOf([3])).toEqual([3]);
    expect(itemsOf(null)).toEqual([]);
  });
});
